/** A headline match counts this many times a body match. */
export const FIELD_BOOST = { title: 4, summary: 2, tags: 2, body: 1 } as const;
/** Days after which a story's recency bonus has halved. */
export const RECENCY_HALF_LIFE_DAYS = 30;
/** The most recency adds: a story published today scores this many times an old one. */
export const MAX_RECENCY_BOOST = 1.5;

/** A score factor from 1 (old) to MAX_RECENCY_BOOST (now): recent stories rank higher among equals. */
export function recencyFactor(publishedAt: string, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(publishedAt)) / 86_400_000);
  return (
    1 + (MAX_RECENCY_BOOST - 1) * (RECENCY_HALF_LIFE_DAYS / (RECENCY_HALF_LIFE_DAYS + ageDays))
  );
}

/**
 * recencyFactor as an SQL expression, for the databases to rank and cut the
 * matches themselves: a common word can match every story in the archive,
 * and sending them all to be ranked here took seconds at 50,000 articles.
 * `ageDays` is the database's expression of a story's age in days, computed
 * as above (milliseconds between now and the story, over 86,400,000, at
 * least 0), so that both give the same number.
 */
export function recencyFactorSql(ageDays: string): string {
  const half = RECENCY_HALF_LIFE_DAYS.toFixed(1);
  return `(1 + ${MAX_RECENCY_BOOST - 1} * (${half} / (${half} + ${ageDays})))`;
}
