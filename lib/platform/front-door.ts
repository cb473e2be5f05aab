import { z } from "zod";
import { METHODS, matchRoute, matchesRoute, pathTo } from "../routes";

/**
 * What the site's own HTTP server (server.ts) decides about a request before
 * Next.js sees it (lib/platform/README.md, "The front door"). Next.js 16
 * answers TRACE with a 500 and a stack trace, renders pages for PUT, DELETE
 * and PATCH, answers OPTIONS with a bare 400, and gives a path that ends in a
 * file name no route or file serves (`/x.php`, `/x.segment.rsc`) a 404 with
 * an empty body, or a 200 of its internal RSC output.
 */

export type Header = { key: string; value: string };

export type FrontDoorStep =
  /** Next.js handles the request as it came. */
  | { kind: "next" }
  /** Served as the prerendered 404 page, complete HTML with status 404. */
  | { kind: "notFoundPage" }
  /** Answered here: 204 for OPTIONS, 405 for a method the route does not take. */
  | { kind: "answer"; status: 204 | 405; allow: string; body: string };

/** The path of the prerendered 404 page that notFoundPage requests are sent to. */
export const NOT_FOUND_PAGE = pathTo("notFound");

/** Next.js's own asset prefix: hashed files, images, its internal endpoints. */
const NEXT_ASSETS = "/_next/";

/**
 * @param files the decoded paths served as files: public/ and the routes
 *   Next.js built with a dot in their name (`/favicon.ico`, `/feed.xml`).
 */
export function frontDoorStep(
  method: string,
  url: string,
  files: ReadonlySet<string>,
): FrontDoorStep {
  // Absolute-form and `*` targets are rare and Next.js answers them itself.
  if (!url.startsWith("/")) return { kind: "next" };
  const pathname = url.split("?", 1)[0] ?? "/";
  const allowed = METHODS[matchRoute(pathname)?.accepts ?? "read"];
  if (method === "OPTIONS") {
    return { kind: "answer", status: 204, allow: [...allowed, "OPTIONS"].join(", "), body: "" };
  }
  if (!allowed.includes(method)) {
    return {
      kind: "answer",
      status: 405,
      allow: allowed.join(", "),
      body: `${method} is not accepted here; this address takes ${allowed.join(", ")}.\n`,
    };
  }
  if ((method === "GET" || method === "HEAD") && isMissingFile(pathname, files)) {
    return { kind: "notFoundPage" };
  }
  return { kind: "next" };
}

/** A path that ends in a file name, of no route, not a file of the site. */
function isMissingFile(pathname: string, files: ReadonlySet<string>): boolean {
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (!lastSegment.includes(".") || pathname.startsWith(NEXT_ASSETS)) return false;
  if (matchesRoute(pathname)) return false;
  try {
    return !files.has(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  431: "Request Header Fields Too Large",
};

/**
 * The raw answer to a request Node's parser refused: 431 for headers over
 * its limit, 400 for anything else it cannot parse, with the site's headers
 * (Node's own answer carries none).
 */
export function clientErrorResponse(
  errorCode: string | undefined,
  headers: readonly Header[],
): string {
  const status = errorCode === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const body = `${STATUS_TEXT[status]}\n`;
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}`,
    ...headers.map(({ key, value }) => `${key}: ${value}`),
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

const routesManifestSchema = z.object({
  headers: z.array(
    z.object({
      source: z.string(),
      headers: z.array(z.object({ key: z.string(), value: z.string() })),
    }),
  ),
  staticRoutes: z.array(z.object({ page: z.string() })),
});

/** What the front door reads from the build's `routes-manifest.json`. */
export type BuiltRoutes = {
  /** The headers next.config.ts gives every path (`/:path*`). */
  siteHeaders: Header[];
  /** Routes built with a dot in their name: metadata files, feeds, sitemaps. */
  fileRoutes: string[];
};

export function builtRoutes(manifest: unknown): BuiltRoutes {
  const parsed = routesManifestSchema.parse(manifest);
  const everyPath = parsed.headers.find((rule) => rule.source === "/:path*");
  if (!everyPath) throw new Error("routes-manifest.json has no headers rule for /:path*");
  return {
    siteHeaders: everyPath.headers,
    fileRoutes: parsed.staticRoutes
      .map((route) => route.page)
      .filter((page) => page.slice(page.lastIndexOf("/") + 1).includes(".")),
  };
}
