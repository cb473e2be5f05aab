import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { workerHeapMb } from "./lib/build-memory";
import { cacheHeaderRules } from "./lib/http/cache-headers";
import { hstsEnabled, securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js with only the
  // node_modules it uses), which scripts/standalone.mjs completes with public/,
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
  // The benchmark builds synthetic archives into their own folders (bench/build.ts),
  // leaving the site's .next alone.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Next's page cache plus an in-memory store for optimized images, which
  // isrFlushToDisk: false (below) would otherwise leave uncached.
  cacheHandler: path.resolve("lib/cache/cache-handler.mjs"),
  experimental: {
    // Regenerated pages stay in the server's memory and are never written back
    // into .next: the Markdown files are the source of truth, so a restarted
    // server renders from them again, and two servers sharing one build never
    // serve each other's regenerations.
    isrFlushToDisk: false,
    // Build workers for page generation. Next.js uses one core fewer than the
    // machine has; on 2 cores, 2 workers built 1,000 articles in 112 s instead
    // of 170 s at the same peak memory (docs/performance.md). The benchmark
    // sets BENCH_BUILD_CPUS to compare worker counts.
    cpus: Number(process.env.BENCH_BUILD_CPUS) || os.availableParallelism(),
    // Those workers are threads of the build's process rather than processes
    // of their own, so that the heap limit below applies to them.
    workerThreads: true,
    // Turbopack's on-disk cache speeds up a later build in the same checkout,
    // but writing it (16 s at 5,000 articles) kept the compiler's ~800 MB
    // alive while TypeScript checks the project in a process of its own: the
    // build's peak memory. The benchmark and fresh CI checkouts never read it.
    turbopackFileSystemCacheForBuild: false,
  },
  reactStrictMode: true,
  async headers() {
    return [
      // Security headers on every response (lib/security-headers.ts, docs/security.md).
      {
        source: "/:path*",
        headers: securityHeaders({
          development: process.env.NODE_ENV === "development",
          hsts: hstsEnabled(process.env),
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
    // Optimized images go to lib/cache/cache-handler.mjs.
    customCacheHandler: true,
    // Any file in public/, but no query string: by default "?anything" after
    // the file name was accepted, and each variant is a new encode and a new
    // cache entry, which anyone could use to burn CPU and push real photos out.
    localPatterns: [{ pathname: "/**", search: "" }],
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    // V8 reads this flag when it creates a heap, and the flags are shared by the
    // whole process: the build's own heap (already created) keeps its size, the
    // worker threads created later get the limit. Next.js removes the flag from
    // what it passes to child-process workers, hence the threads.
    v8.setFlagsFromString(`--max-old-space-size=${workerHeapMb(process.env)}`);
  }
  return nextConfig;
}
