/**
 * Where a path with a trailing slash is redirected: "/articles/x/" to
 * "/articles/x", with its query (lib/platform/README.md, "Trailing slashes").
 * Next.js's own redirect (turned off in next.config.ts with
 * `skipTrailingSlashRedirect`) is answered before the headers of
 * next.config.ts apply, so it went out without the security headers;
 * proxy.ts answers it instead. Undefined when there is nothing to redirect.
 */
export function withoutTrailingSlash(pathname: string, search: string): string | undefined {
  if (pathname === "/" || !pathname.endsWith("/")) return undefined;
  const trimmed = pathname.replace(/\/+$/, "");
  // "//evil.example" would be a URL of another host: keep one leading slash.
  return `/${trimmed.replace(/^\/+/, "")}${search}`;
}
