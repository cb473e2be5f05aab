import { NextResponse, type NextRequest } from "next/server";

/**
 * A path with broken percent-encoding (such as "/articles/%E0%A4%A") cannot be
 * decoded into route parameters; Next.js would answer 500. It names no page,
 * so it gets the site's 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
  }
}

export const config = {
  matcher: [
    "/articles/:path*",
    "/sections/:path*",
    "/tags/:path*",
    "/authors/:path*",
    "/sitemaps/:path*",
  ],
};
