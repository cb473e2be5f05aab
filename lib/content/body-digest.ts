import { createHash } from "node:crypto";

/**
 * A short digest of a body's Markdown. It changes when the body does, so
 * what is derived from a body elsewhere (the search index) can tell a changed
 * article from an unchanged one without rendering every body.
 */
export function bodyDigest(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}
