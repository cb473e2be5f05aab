/** Longest query searched; anything longer is cut, so a pasted page cannot cost a lot of work. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The query as searched: control characters removed, whitespace collapsed,
 * cut to MAX_QUERY_LENGTH characters (never inside a surrogate pair).
 * Punctuation stays: the tokenizer treats it as a word break, so quotes,
 * brackets or operators cannot change what the index does.
 */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  const cleaned = value
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}
