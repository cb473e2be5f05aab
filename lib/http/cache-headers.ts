import { LIVE_REGENERATE_SECONDS, REGENERATE_SECONDS, routes, uncachedPrefixes } from "../routes";

/**
 * Cache-Control for shared caches (a CDN or nginx in front of the server).
 *
 * Next.js sends `s-maxage=<revalidate>, stale-while-revalidate=<a year>` for
 * prerendered pages and only sets Cache-Control when nothing else has, so the
 * rules here (applied by next.config.ts `headers()`) take precedence. Browsers
 * always revalidate (`max-age=0`, answered with 304 by ETag); a CDN keeps a
 * page as long as the server would before regenerating it. Which route gets
 * which rule is its cache class in lib/routes.ts.
 */

/** How long a CDN may serve a stale page while it fetches a fresh one in the background. */
export const STALE_WHILE_REVALIDATE_SECONDS = 86_400;

/** Prerendered pages, feeds and sitemaps ("page" routes). */
export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${REGENERATE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;

/**
 * Live pages ("live" routes): a CDN keeps one no longer than the server does,
 * and never serves it stale, so readers see an update within seconds.
 */
export const LIVE_CACHE_CONTROL = `public, max-age=0, s-maxage=${LIVE_REGENERATE_SECONDS}`;

/** Everything else but the "none" routes, notably the 404 page: a CDN absorbs floods of one unknown URL, briefly. */
export const SHORT_CACHE_CONTROL = "public, max-age=0, s-maxage=60";

/** Draft-mode previews carry this cookie; their responses must never reach a shared cache. */
export const PREVIEW_COOKIE = "__prerender_bypass";

/** Paths of prerendered pages, feeds and sitemaps, as next.config `headers()` sources. */
export const PAGE_SOURCES: readonly string[] = routes
  .filter((route) => route.cache === "page")
  .map((route) => route.pattern);

/** Paths of live pages and their updates and feed. */
export const LIVE_SOURCES: readonly string[] = routes
  .filter((route) => route.cache === "live")
  .map((route) => route.pattern);

/**
 * Everything but Next's own files (hashed assets are already `immutable`,
 * optimized images carry their own max-age) and the "none" routes, which
 * answer per request (newsletter form posts, preview switches, the health
 * check, which a load balancer must see live, never from a cache).
 */
export const SHORT_CACHE_SOURCE = `/((?!${["_next/", ...uncachedPrefixes()].join("|")}).*)`;

type HeaderRule = {
  source: string;
  missing: { type: "cookie"; key: string }[];
  headers: { key: string; value: string }[];
};

/** The `headers()` rules; later rules win, so the page rule overrides the short default. */
export function cacheHeaderRules(): HeaderRule[] {
  const missing = [{ type: "cookie" as const, key: PREVIEW_COOKIE }];
  return [
    {
      source: SHORT_CACHE_SOURCE,
      missing,
      headers: [{ key: "Cache-Control", value: SHORT_CACHE_CONTROL }],
    },
    ...PAGE_SOURCES.map((source) => ({
      source,
      missing,
      headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }],
    })),
    ...LIVE_SOURCES.map((source) => ({
      source,
      missing,
      headers: [{ key: "Cache-Control", value: LIVE_CACHE_CONTROL }],
    })),
  ];
}
