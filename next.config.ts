import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { readSettings } from "./lib/config";
import { limitWorkerHeaps, pageGenerationSettings } from "./lib/platform/build-memory";
import { cacheHeaderRules } from "./lib/http/cache-headers";
import { hstsEnabled, securityHeaders } from "./lib/http/security-headers";

const settings = readSettings(process.env);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself, so the 308 carries the security
  // headers (lib/platform/README.md, "Trailing slashes").
  skipTrailingSlashRedirect: true,
  // A self-contained server (.next/standalone/server.js with only the
  // node_modules it uses), which scripts/standalone.ts completes with public/,
  // .next/static and content/: what is deployed to each instance (docs/deploy.md).
  output: "standalone",
  // This folder, not a parent that happens to hold another lockfile: the
  // bundle's layout (server.js at its top) must not depend on where it is built.
  outputFileTracingRoot: path.resolve(),
  // The tracer follows process.cwd() paths broadly: test fixtures and tooling
  // never run in production, and data/ (the local subscriber database and
  // outbox) must never be shipped inside a bundle.
  outputFileTracingExcludes: {
    "*": ["tests/**", "bench/**", "docs/**", "scripts/**", "data/**"],
  },
  // The benchmark builds synthetic archives into their own folders (bench/run.ts),
  // leaving the site's .next alone.
  distDir: settings.NEXT_DIST_DIR,
  // Next's page cache plus an in-memory store for optimized images, which
  // isrFlushToDisk: false (below) would otherwise leave uncached.
  cacheHandler: path.resolve("lib/platform/cache-handler.mjs"),
  experimental: {
    // Regenerated pages stay in the server's memory and are never written back
    // into .next: the Markdown files are the source of truth, so a restarted
    // server renders from them again, and two servers sharing one build never
    // serve each other's regenerations.
    isrFlushToDisk: false,
    // Page-generation workers, as threads with a heap limit (lib/platform/build-memory.ts).
    ...pageGenerationSettings(settings),
  },
  reactStrictMode: true,
  // The build does not type-check: `npm run typecheck` (first in npm test,
  // so in CI) checks the same tsconfig, strict. Next's check ran tsc beside
  // the build, about 25 s and 650 MB on 2 cores at every archive size, the
  // build's peak memory up to 20,000 articles (docs/performance.md).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      // Security headers on every response (lib/http/security-headers.ts, docs/security.md).
      {
        source: "/:path*",
        headers: securityHeaders({
          development: settings.isDevelopment,
          hsts: hstsEnabled(settings),
        }),
      },
      // CDN-friendly Cache-Control (lib/http/cache-headers.ts).
      ...cacheHeaderRules(),
    ];
  },
  images: {
    // Serve modern formats; the originals in public/ stay as editors supplied them.
    formats: ["image/avif", "image/webp"],
    // Next's default starts at 640, and any `sizes` with "100vw" offers nothing
    // smaller: a 16rem (256 px) card would get a 640 px file. 384 fits it.
    deviceSizes: [384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840],
    // Optimized images go to lib/platform/cache-handler.mjs.
    customCacheHandler: true,
    // Any file in public/, but no query string: by default "?anything" after
    // the file name was accepted, and each variant is a new encode and a new
    // cache entry, which anyone could use to burn CPU and push real photos out.
    localPatterns: [{ pathname: "/**", search: "" }],
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    limitWorkerHeaps(settings);
  }
  return nextConfig;
}
