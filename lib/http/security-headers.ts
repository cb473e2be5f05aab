import type { Settings } from "../config";

export type SecurityHeaderOptions = {
  /** Development needs 'unsafe-eval' for React's debugging tools and fast refresh. */
  development: boolean;
  /** Send Strict-Transport-Security (only meaningful when served over HTTPS). */
  hsts: boolean;
};

/**
 * The Content-Security-Policy. Scripts and styles come only from this origin.
 * In production no inline script runs: the site's server sends pages without
 * Next.js's inline bootstrap (lib/platform/page-responses.ts), and our own
 * scripts are files. `next dev` keeps the runtime, which needs inline
 * scripts and eval. Styles keep 'unsafe-inline' for next/image's inline
 * styles (see docs/security.md).
 */
export function contentSecurityPolicy(options: Pick<SecurityHeaderOptions, "development">): string {
  const scripts = ["'self'", ...(options.development ? ["'unsafe-inline'", "'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers sent with every response: pages, 404s, feeds, API routes and assets. */
export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    ...(options.hsts
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value:
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}

/** HSTS is on in production unless HSTS=off (for a site served over plain HTTP). */
export function hstsEnabled(settings: Pick<Settings, "isProduction" | "HSTS">): boolean {
  return settings.isProduction && settings.HSTS;
}
