/**
 * The heap limit of each page-generation worker, in MB (DATELINE_BUILD_WORKER_HEAP_MB
 * overrides it). A worker keeps about 170 MB alive at 5,000 articles (the
 * archive, React, the route modules), but with Node's default limit (about
 * 4 GB here) V8 let each heap grow to several times that before collecting:
 * 750-900 MB per worker, 1.9 GB for the build. Under a lower limit it collects
 * sooner (docs/performance.md, "Build memory"). The archive adds about 12 MB
 * per 1,000 articles; a worker that needs more than the limit fails the build.
 */
export function workerHeapMb(env: Readonly<Record<string, string | undefined>>): number {
  const requested = Number(env.DATELINE_BUILD_WORKER_HEAP_MB);
  return Number.isInteger(requested) && requested > 0 ? requested : 768;
}
