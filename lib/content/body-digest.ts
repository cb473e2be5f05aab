import { createHash } from "node:crypto";

/**
 * A short digest of a rendered body. It changes when the HTML does, so what
 * is derived from a body elsewhere (the search index) can tell a changed
 * article from an unchanged one without reading every body back.
 */
export function bodyDigest(html: string): string {
  return createHash("sha1").update(html).digest("base64url");
}
