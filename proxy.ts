import { NextResponse, type NextRequest } from "next/server";
import { settings } from "@/lib/config";
import { withoutClaimedAddress } from "@/lib/platform/client-address";
import { isUnknownUrl } from "@/lib/platform/unknown-urls";
import { pathTo } from "@/lib/routes";

/**
 * Two workarounds of Next.js, each explained in lib/platform/README.md: paths
 * that name no page get the prerendered 404 page (complete HTML), and the
 * newsletter's routes never see a client-claimed X-Forwarded-For.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isUnknownUrl(pathname)) {
    return NextResponse.rewrite(new URL(pathTo("notFound"), request.url), { status: 404 });
  }
  const headers = withoutClaimedAddress(pathname, request.headers, settings().TRUSTED_PROXY);
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
}

export const config = {
  // Every path but Next's own files (isUnknownUrl passes file names on).
  matcher: ["/((?!_next/).*)"],
};
