import { timingSafeEqual } from "node:crypto";

/**
 * Whether a preview link carries the editors' secret (PREVIEW_SECRET). With no
 * secret configured, previews are off. Compared in constant time.
 */
export function isPreviewSecret(given: string | null, expected: string | undefined): boolean {
  if (!expected || given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
