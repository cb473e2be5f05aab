import { NextResponse, type NextRequest } from "next/server";
import { settings } from "@/lib/config";
import { isKnownRoute } from "@/lib/http/known-routes";

/**
 * A path with broken percent-encoding (such as "/articles/%E0%A4%A") cannot be
 * decoded into route parameters; Next.js would answer 500. It names no page,
 * so it gets the site's 404 page instead. So does a path of no route's shape
 * (lib/http/known-routes.ts says why the rewrite matters).
 *
 * On /newsletter/ paths, a client-sent X-Forwarded-For is dropped unless a
 * trusted proxy is configured (TRUSTED_PROXY): Next.js then fills the header
 * from the socket's address, which the signup's rate limit can rely on (see
 * lib/newsletter/client-ip.ts).
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return notFoundPage(request);
  }
  if (!isKnownRoute(request.nextUrl.pathname)) return notFoundPage(request);
  const trustsProxy = settings().TRUSTED_PROXY > 0;
  if (request.nextUrl.pathname.startsWith("/newsletter/") && !trustsProxy) {
    const headers = new Headers(request.headers);
    headers.delete("x-forwarded-for");
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

function notFoundPage(request: NextRequest) {
  return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
}

export const config = {
  // Every path but Next's own files (isKnownRoute passes file names on).
  matcher: ["/((?!_next/).*)"],
};
