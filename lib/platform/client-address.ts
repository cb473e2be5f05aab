import { pathTo } from "../routes";

/**
 * The address a request came from, as the signup rate limit's key
 * (lib/platform/README.md, "The client's address").
 *
 * Next.js gives route handlers no socket; it puts the socket's address into
 * `x-forwarded-for`, but only when the request has no such header
 * (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??=
 * socket.remoteAddress`). A client could therefore choose its own "address".
 * So, unless a trusted proxy is configured, proxy.ts deletes any incoming
 * `x-forwarded-for` on the newsletter's paths and the search page (`withoutClaimedAddress`), and
 * Next.js then fills it from the socket. With `TRUSTED_PROXY=N` (N reverse
 * proxies in front that each append the address they saw), the Nth address
 * from the right is the client.
 */
export function clientIp(headers: Headers, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return "unknown";
  // Without a trusted proxy the header holds only the socket address (see above).
  const fromRight = Math.max(1, trustedProxies);
  const entry = entries[Math.max(0, entries.length - fromRight)] ?? "unknown";
  return normalizeIp(entry);
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalizeIp(value: string): string {
  const lower = value.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}

/** Every newsletter route lies under the signup endpoint's folder. */
const NEWSLETTER_PATHS = pathTo("subscribe").replace(/[^/]+$/, "");
/** Searches are limited per client too. */
const SEARCH_PATH = pathTo("search");

/**
 * The request headers a newsletter route must see instead of `headers`, or
 * undefined when they can pass as they are: without a trusted proxy, a
 * client-sent X-Forwarded-For is dropped, so Next.js fills it from the socket.
 */
export function withoutClaimedAddress(
  pathname: string,
  headers: Headers,
  trustedProxies: number,
): Headers | undefined {
  const limited = pathname.startsWith(NEWSLETTER_PATHS) || pathname === SEARCH_PATH;
  if (trustedProxies > 0 || !limited) return undefined;
  const cleaned = new Headers(headers);
  cleaned.delete("x-forwarded-for");
  return cleaned;
}
