/**
 * The URL shapes that app/ serves pages and routes at. proxy.ts sends every
 * other path straight to the 404 page.
 *
 * Why not let `app/[...missing]` answer them: a page that calls notFound()
 * while rendering on request gets a 404 with an empty body in Next.js 16 (the
 * "Page not found" text exists only in the script payload, vercel/next.js#62228),
 * so a reader or a crawler without JavaScript saw a blank page. The 404 page a
 * rewrite reaches is the prerendered one, complete HTML.
 *
 * tests/unit/http/known-routes.test.ts walks app/ so this list cannot fall
 * behind it. A last segment with a dot in it (feeds, sitemaps, icons, files in
 * public/) is left to Next.js, and so are the names of Next's generated
 * metadata images, which have no extension (/icon, /articles/x/opengraph-image).
 */
const SEGMENT = "[^/]+";

const ROUTES: readonly RegExp[] = [
  "",
  "/search",
  `/articles/${SEGMENT}`,
  `/(?:sections|tags|authors)/${SEGMENT}(?:/page/${SEGMENT})?`,
  `/newsletter/briefs(?:/${SEGMENT})?`,
  "/newsletter/(?:check-your-inbox|confirm|confirmed|link-not-valid|signup|subscribe)",
  "/newsletter/unsubscribe(?:/one-click)?",
  "/newsletter/unsubscribed",
  "/preview(?:/exit)?",
  "/healthz",
  // Next.js serves the prerendered app/not-found.tsx here; it is also where
  // proxy.ts rewrites to, so it must pass the proxy untouched.
  "/404",
].map((route) => new RegExp(`^${route}/?$`));

const METADATA_IMAGE = /^(?:icon|apple-icon|opengraph-image|twitter-image)(?:\d+)?$/;

/** Whether a request path (as it arrived, percent-encoded) may name a page of the site. */
export function isKnownRoute(pathname: string): boolean {
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (lastSegment.includes(".") || METADATA_IMAGE.test(lastSegment)) return true;
  return ROUTES.some((route) => route.test(pathname));
}
