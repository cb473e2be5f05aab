/**
 * Whether a request to Next.js's image optimizer (`/_next/image?url=…`) names
 * an image of this site (lib/platform/README.md, "Image URLs"). Next.js 16
 * answers `url=/\example.com/a.jpg` with a 500 and a stack trace: a path
 * starting with a backslash is, to its URL parser, another host. Only paths
 * of this site's public/ images are ever asked for by our pages.
 */
export function isBadImageRequest(pathname: string, searchParams: URLSearchParams): boolean {
  if (pathname !== IMAGE_OPTIMIZER) return false;
  const url = searchParams.get("url");
  return url === null || !url.startsWith("/") || url.startsWith("//") || url.includes("\\");
}

/** Where Next.js serves optimized images (next/image's default loader). */
export const IMAGE_OPTIMIZER = "/_next/image";
