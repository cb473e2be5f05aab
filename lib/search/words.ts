/** A word: a run of letters, digits and combining marks. Everything else is a break. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words search knows a text by, lowercased, in order. The index stores
 * them and a query is read into them with this one rule, so punctuation,
 * quotes or operators in a query are word breaks, never syntax.
 */
export function searchWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase());
}
