import { NextResponse, type NextRequest } from "next/server";
import { settings } from "@/lib/config";
import { requestOutcome } from "@/lib/pages/request-outcome";
import { withoutClaimedAddress } from "@/lib/platform/client-address";
import { IMAGE_OPTIMIZER, isBadImageRequest } from "@/lib/platform/image-url";
import { serverActionRefusal } from "@/lib/platform/server-actions";
import { withoutTrailingSlash } from "@/lib/platform/trailing-slash";
import { DRAFT_MODE_COOKIE, isUnknownUrl } from "@/lib/platform/unknown-urls";
import { pathTo } from "@/lib/routes";
import { site } from "@/lib/site";

/**
 * Workarounds of Next.js, each explained in lib/platform/README.md: a
 * trailing slash is redirected here, with the security headers; what
 * names no page (a path of no route's shape, an unknown slug, a page number
 * past the end, an expired article) gets the prerendered 404 page, complete
 * HTML, with 404 or 410; and the newsletter's routes never see a
 * client-claimed X-Forwarded-For.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (isBadImageRequest(pathname, searchParams)) {
    return plainText(400, "url must be the path of an image of this site.");
  }
  if (pathname === IMAGE_OPTIMIZER) return NextResponse.next();
  const canonical = withoutTrailingSlash(pathname, search);
  if (canonical) return NextResponse.redirect(new URL(canonical, request.url), 308);
  const refusal = serverActionRefusal(request.method, pathname, request.headers, site.origin);
  if (refusal) return plainText(refusal.status, refusal.message);
  if (isUnknownUrl(pathname)) return notFound(request);
  if (isReading(request)) {
    const outcome = await requestOutcome(pathname).catch((error: unknown) => {
      // The route meets the same failure (a database down) and answers it as it does.
      console.error(`proxy: could not tell whether ${pathname} exists:`, error);
      return "page" as const;
    });
    if (outcome === "missing") return notFound(request);
    if (outcome === "gone") return gone(request);
  }
  const headers = withoutClaimedAddress(pathname, request.headers, settings().TRUSTED_PROXY);
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(pathTo("notFound"), request.url), { status: 404 });
}

function plainText(status: number, message: string) {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * 410 with the 404 page's HTML. A rewrite to the prerendered 404 page keeps
 * that page's own status whatever the rewrite asks, so the page is fetched
 * from this server and sent with 410 (expired articles are few: one more
 * request each).
 */
async function gone(request: NextRequest) {
  // The proxy's request.url says https when X-Forwarded-Proto does (behind
  // nginx), but this server speaks plain HTTP: ask it over http.
  const url = new URL(pathTo("notFound"), request.url);
  url.protocol = "http:";
  try {
    const page = await fetch(url, {
      headers: { accept: "text/html" },
      redirect: "manual",
      signal: AbortSignal.timeout(5000),
    });
    const html = await page.text();
    if (page.status !== 404) throw new Error(`${url} answered ${page.status}`);
    return new NextResponse(request.method === "HEAD" ? null : html, {
      status: 410,
      headers: { "content-type": page.headers.get("content-type") ?? "text/html; charset=utf-8" },
    });
  } catch (error) {
    // The reader still gets the full page, as a 404.
    console.error("proxy: could not fetch the 404 page for a 410:", error);
    return notFound(request);
  }
}

/** A reader's GET or HEAD outside draft mode (editors' previews render drafts the store hides). */
function isReading(request: NextRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !request.cookies.has(DRAFT_MODE_COOKIE)
  );
}

export const config = {
  // Every path but Next's own files (isUnknownUrl passes file names on), and
  // the image optimizer, whose bad URLs would answer 500 (lib/platform/image-url.ts).
  matcher: ["/((?!_next/).*)", "/_next/image"],
};
