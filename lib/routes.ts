/**
 * Every URL shape of the site, written once. Links (`pathTo`), the proxy's
 * known routes, the shared-cache rules of next.config.ts and the sitemaps
 * are derived from this table; a test fails on a site path written anywhere
 * else, and another checks the table against the folders of app/.
 *
 * Patterns use `:name` for one path segment (Next.js's `headers()` syntax);
 * the names are the `[name]` folders of app/.
 */

/**
 * How a route's answers may be kept by a shared cache (a CDN, nginx):
 * - "page": prerendered and regenerated every REGENERATE_SECONDS; a CDN keeps it as long;
 * - "short": rendered on request or not a page of ours; a CDN keeps it briefly;
 * - "live": a live page and what it serves, regenerated every LIVE_REGENERATE_SECONDS; a CDN keeps it as long;
 * - "none": per-request endpoints and personal pages; the route says itself.
 */
export type CacheClass = "page" | "short" | "live" | "none";

/**
 * The methods a route takes: every page is read with GET and HEAD; "form"
 * pages also take the POST of their form actions; "post" routes are handlers
 * that take only POST. Anything else is answered 405 (lib/platform/front-door.ts).
 */
export type Accepts = "read" | "form" | "post";

const table = {
  home: { pattern: "/", cache: "page" },
  article: { pattern: "/articles/:slug", cache: "page" },
  live: { pattern: "/live/:slug", cache: "live" },
  livePage: { pattern: "/live/:slug/page/:page", cache: "live" },
  liveUpdates: { pattern: "/live/:slug/updates.json", cache: "live" },
  liveFeed: { pattern: "/live/:slug/atom.xml", cache: "live" },
  section: { pattern: "/sections/:section", cache: "page" },
  sectionPage: { pattern: "/sections/:section/page/:page", cache: "page" },
  tag: { pattern: "/tags/:tag", cache: "page" },
  tagPage: { pattern: "/tags/:tag/page/:page", cache: "page" },
  author: { pattern: "/authors/:author", cache: "page" },
  authorPage: { pattern: "/authors/:author/page/:page", cache: "page" },
  rssFeed: { pattern: "/feed.xml", cache: "page" },
  atomFeed: { pattern: "/atom.xml", cache: "page" },
  jsonFeed: { pattern: "/feed.json", cache: "page" },
  sitemapIndex: { pattern: "/sitemap.xml", cache: "page" },
  newsSitemap: { pattern: "/news-sitemap.xml", cache: "page" },
  sitemap: { pattern: "/sitemaps/sitemap/:id.xml", cache: "page" },
  search: { pattern: "/search", cache: "short" },
  robots: { pattern: "/robots.txt", cache: "short" },
  // Next.js serves the prerendered app/not-found.tsx here; proxy.ts rewrites unknown paths to it.
  notFound: { pattern: "/404", cache: "short" },
  briefs: { pattern: "/newsletter/briefs", cache: "none" },
  brief: { pattern: "/newsletter/briefs/:date", cache: "none" },
  subscribe: { pattern: "/newsletter/subscribe", cache: "none", accepts: "post" },
  signup: { pattern: "/newsletter/signup", cache: "none" },
  checkYourInbox: { pattern: "/newsletter/check-your-inbox", cache: "none" },
  confirm: { pattern: "/newsletter/confirm", cache: "none", accepts: "form" },
  confirmed: { pattern: "/newsletter/confirmed", cache: "none" },
  unsubscribe: { pattern: "/newsletter/unsubscribe", cache: "none", accepts: "form" },
  oneClickUnsubscribe: {
    pattern: "/newsletter/unsubscribe/one-click",
    cache: "none",
    accepts: "post",
  },
  unsubscribed: { pattern: "/newsletter/unsubscribed", cache: "none" },
  linkNotValid: { pattern: "/newsletter/link-not-valid", cache: "none" },
  preview: { pattern: "/preview", cache: "none" },
  previewExit: { pattern: "/preview/exit", cache: "none" },
  health: { pattern: "/healthz", cache: "none" },
} as const satisfies Record<
  string,
  { pattern: `/${string}`; cache: CacheClass; accepts?: Accepts }
>;

export type RouteName = keyof typeof table;
type Pattern<Name extends RouteName> = (typeof table)[Name]["pattern"];

/** The `:name` parameters of a pattern, as a union of names. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}.${string}`
    ? Name
    : P extends `${string}:${infer Name}`
      ? Name
      : never;

export type RouteParams<Name extends RouteName> = {
  [Param in ParamNames<Pattern<Name>>]: string | number;
};

/** A route's parameters (none for a route without any) and an optional query. */
export type PathArgs<Name extends RouteName> =
  ParamNames<Pattern<Name>> extends never
    ? [params?: Record<string, never>, query?: Record<string, string>]
    : [params: RouteParams<Name>, query?: Record<string, string>];

/** How often prerendered pages, feeds and sitemaps are regenerated, in seconds. */
export const REGENERATE_SECONDS = 30;

/**
 * How often a live page is regenerated, in seconds: an update saved to its
 * file is on the page within the store's rescan (5 s) plus this.
 */
export const LIVE_REGENERATE_SECONDS = 10;

export type Route = { name: RouteName; pattern: string; cache: CacheClass; accepts: Accepts };

/** The routes, each with its name, pattern, cache class and methods, in the table's order. */
export const routes: readonly Route[] = Object.entries(table).flatMap(([name, route]) =>
  isRouteName(name)
    ? [{ name, pattern: route.pattern, cache: route.cache, accepts: acceptsOf(route) }]
    : [],
);

function acceptsOf(route: (typeof table)[RouteName]): Accepts {
  return "accepts" in route ? route.accepts : "read";
}

/** The HTTP methods of each kind of route, HEAD with GET. */
export const METHODS: Record<Accepts, readonly string[]> = {
  read: ["GET", "HEAD"],
  form: ["GET", "HEAD", "POST"],
  post: ["POST"],
};

function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(table, name);
}

/**
 * The path of a route: `pathTo("article", { slug })` is "/articles/<slug>".
 * Parameters are inserted as they are (slugs, tags and dates are URL-safe by
 * the content schema); `query` is appended encoded.
 */
export function pathTo<Name extends RouteName>(
  name: Name,
  ...[params, query]: PathArgs<Name>
): string {
  const values: Record<string, string | number> = params ?? {};
  const path = table[name].pattern.replace(/:([a-z]+)/gi, (_, param: string) => {
    const value = values[param];
    if (value === undefined) throw new Error(`pathTo("${name}") needs ${param}`);
    return String(value);
  });
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : "";
  return `${path}${search}`;
}

/** The absolute URL of a route on `origin`: `urlTo(site.origin, "article", { slug })`. */
export function urlTo<Name extends RouteName>(
  origin: string,
  name: Name,
  ...args: PathArgs<Name>
): string {
  return new URL(pathTo(name, ...args), origin).toString();
}

/** A page of a listing: page 1 is the listing itself. */
export function listingPagePath(
  listing: "section" | "tag" | "author",
  key: string,
  page: number,
): string {
  if (page <= 1) {
    if (listing === "section") return pathTo("section", { section: key });
    if (listing === "tag") return pathTo("tag", { tag: key });
    return pathTo("author", { author: key });
  }
  if (listing === "section") return pathTo("sectionPage", { section: key, page });
  if (listing === "tag") return pathTo("tagPage", { tag: key, page });
  return pathTo("authorPage", { author: key, page });
}

/** A pattern as a regular expression over request paths (percent-encoded, optional trailing slash). */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(:[a-z]+)/i)
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source === "/" ? "" : source}/?$`);
}

/**
 * The route a request path (percent-encoded, as it arrived) has the shape of,
 * with its parameters decoded; undefined for none or broken encoding.
 */
export function matchRoute(
  pathname: string,
): { name: RouteName; params: Record<string, string>; accepts: Accepts } | undefined {
  for (const [index, route] of routes.entries()) {
    const match = paramMatchers[index]?.exec(pathname);
    if (!match) continue;
    try {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      return { name: route.name, params, accepts: route.accepts };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const paramMatchers = routes.map((route) => {
  const source = route.pattern
    .split(/(:[a-z]+)/i)
    .map((part) =>
      part.startsWith(":")
        ? `(?<${part.slice(1)}>[^/]+)`
        : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source === "/" ? "" : source}/?$`);
});

/** Whether a request path has the shape of one of the site's routes. */
export function matchesRoute(pathname: string): boolean {
  return routeMatchers.some((matcher) => matcher.test(pathname));
}

const routeMatchers = routes.map((route) => patternRegExp(route.pattern));

/** The first path segments of the "none" routes: what the short shared-cache rule leaves alone. */
export function uncachedPrefixes(): string[] {
  const prefixes = new Set<string>();
  for (const route of routes.filter((candidate) => candidate.cache === "none")) {
    const [, first = ""] = route.pattern.split("/");
    // A prefix that is itself a route ("/preview") covers its children too;
    // one that is not ("/newsletter") is matched with its slash.
    const isRoute = routes.some((other) => other.pattern === `/${first}`);
    prefixes.add(isRoute ? first : `${first}/`);
  }
  return [...prefixes];
}
