import v8 from "node:v8";
import type { NextConfig } from "next";
import type { Settings } from "../config";

/**
 * Every setting that keeps `next build`'s memory down, in one place
 * (docs/performance.md, "Build memory"; lib/platform/README.md).
 */

/**
 * `env` plus the allocator setting every build the project starts runs with.
 *
 * Turbopack's native code allocates with mimalloc, which by default keeps
 * freed memory for reuse instead of returning it to the system. The
 * compiler's ~700 MB then often stayed resident through page generation,
 * beside the two worker threads: 5,000-article builds peaked at 1,432-1,449 MB
 * in three of five builds; with MIMALLOC_PURGE_DELAY=0, at 903-919 MB.
 * mimalloc reads it when Next.js loads its native binding, before
 * next.config.ts runs, so it must be in the build process's environment from
 * the start. A value already set is kept.
 */
export function buildMemoryEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return { ...env, MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? "0" };
}

/** next.config's `experimental` settings for page generation during the build. */
export function pageGenerationSettings(
  settings: Pick<Settings, "BENCH_BUILD_CPUS">,
): NonNullable<NextConfig["experimental"]> {
  return {
    // One page-generation worker. Each worker loads the whole archive (its
    // own content store), while the build prerenders only a few hundred
    // pages whatever the archive's size: on 2 cores, 1,000 articles built in
    // 25.5 s with one worker and with two, and 50,000 in 38.8 s at a peak of
    // 728 MB with one, against 33-37 s at 1,064-1,123 MB with two (the two
    // loading side by side; docs/performance.md, "One page-generation
    // worker"). When every article was prerendered, two workers were worth
    // it (112 s against 170 s at 1,000 articles). The benchmark sets
    // BENCH_BUILD_CPUS to compare counts.
    cpus: settings.BENCH_BUILD_CPUS || 1,
    // Those workers are threads of the build's process rather than processes
    // of their own, so that the heap limit below applies to them.
    workerThreads: true,
    // Turbopack's on-disk cache speeds up a later build in the same checkout,
    // but writing it (16 s at 5,000 articles) kept the compiler's ~800 MB
    // alive while TypeScript checks the project in a process of its own: the
    // build's peak memory. The benchmark and fresh CI checkouts never read it.
    turbopackFileSystemCacheForBuild: false,
  };
}

/**
 * Caps the heap of each page-generation worker (DATELINE_BUILD_WORKER_HEAP_MB,
 * default 768). A worker keeps about 170 MB alive at 5,000 articles, but with
 * Node's default limit (about 4 GB here) V8 let each heap grow to several
 * times that before collecting: 750-900 MB per worker, 1.9 GB for the build.
 * V8 reads this flag when it creates a heap, and the flags are shared by the
 * whole process: the build's own heap (already created) keeps its size, the
 * worker threads created later get the limit. Next.js removes the flag from
 * what it passes to child-process workers, hence the threads.
 */
export function limitWorkerHeaps(settings: Pick<Settings, "DATELINE_BUILD_WORKER_HEAP_MB">): void {
  v8.setFlagsFromString(`--max-old-space-size=${settings.DATELINE_BUILD_WORKER_HEAP_MB}`);
}
