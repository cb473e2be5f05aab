/**
 * Cache-Control for shared caches (a CDN in front of `next start`).
 *
 * Next.js sends `s-maxage=<revalidate>, stale-while-revalidate=<a year>` for
 * prerendered pages and only sets Cache-Control when nothing else has, so the
 * rules here (applied by next.config.ts `headers()`) take precedence. Browsers
 * always revalidate (`max-age=0`, answered with 304 by ETag); a CDN keeps a
 * page as long as the server would before regenerating it.
 */

/** Must equal `export const revalidate` of the pages, feeds and sitemaps (a unit test checks). */
export const REVALIDATE_SECONDS = 30;

/** How long a CDN may serve a stale page while it fetches a fresh one in the background. */
export const STALE_WHILE_REVALIDATE_SECONDS = 86_400;

/** Prerendered pages, feeds and sitemaps. */
export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;

/** Everything else, notably the 404 page: a CDN absorbs floods of one unknown URL, briefly. */
export const SHORT_CACHE_CONTROL = "public, max-age=0, s-maxage=60";

/** Draft-mode previews carry this cookie; their responses must never reach a shared cache. */
export const PREVIEW_COOKIE = "__prerender_bypass";

/** Paths of prerendered pages, feeds and sitemaps, as next.config `headers()` sources. */
export const PAGE_SOURCES = [
  "/",
  "/articles/:slug",
  "/sections/:section",
  "/sections/:section/page/:page",
  "/tags/:tag",
  "/tags/:tag/page/:page",
  "/authors/:author",
  "/authors/:author/page/:page",
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/sitemap.xml",
  "/news-sitemap.xml",
  "/sitemaps/:path*",
] as const;

/**
 * Everything but Next's own files (hashed assets are already `immutable`,
 * optimized images carry their own max-age) and the endpoints that answer
 * per request (newsletter form posts, preview switches, and /healthz: a
 * cached health answer would hide a dead instance from its load balancer).
 */
export const SHORT_CACHE_SOURCE = "/((?!_next/|newsletter/|preview|healthz).*)";

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
  ];
}
