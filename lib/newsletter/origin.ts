/**
 * Whether a form post comes from a page of this site. Browsers send `Origin`
 * with every POST; a page elsewhere that posts our form sends its own origin
 * and is refused. Requests without `Origin` (scripts, mail clients' one-click
 * unsubscribe) are not a cross-site browser request, unless the browser's
 * `Sec-Fetch-Site` says so.
 */
export function isSameOriginPost(headers: Headers, siteOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  if (origin === siteOrigin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    // Includes the opaque origin "null" (sandboxed frames, file: pages).
    return false;
  }
  // The Host header is set by the browser and cannot be chosen by another site's page.
  return host !== "" && host === headers.get("host");
}
