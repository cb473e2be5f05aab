/**
 * How one query word reaches the words of the index: itself, the words it
 * begins ("elect" finds "elections"), and words a small typo away
 * ("electoins" finds "elections").
 */
export const PREFIX_MIN_LENGTH = 3;
export const FUZZY_MIN_LENGTH = 5;
/** Edits allowed per letter of the query word, rounded: 1 for 5-7 letters, 2 for 8-12. */
export const FUZZY_EDITS_PER_LETTER = 0.2;
/** A ceiling, so that a short prefix ("the") cannot turn one word into thousands. */
export const MAX_EXPANSIONS_PER_WORD = 100;

/** How many single-letter edits a query word may be from an indexed word. */
export function maxEdits(word: string): number {
  const length = Array.from(word).length;
  return length >= FUZZY_MIN_LENGTH ? Math.round(length * FUZZY_EDITS_PER_LETTER) : 0;
}

/**
 * Whether `a` and `b` are at most `max` insertions, deletions or
 * substitutions apart (Levenshtein), stopping as soon as they cannot be.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? Infinity) + 1,
        (current[j - 1] ?? Infinity) + 1,
        (previous[j - 1] ?? Infinity) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[y.length] ?? Infinity) <= max;
}
