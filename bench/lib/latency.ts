import { performance } from "node:perf_hooks";

/** The nearest-rank percentile (`p` from 0 to 100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export type Latency = { count: number; p50Ms: number; p99Ms: number; statuses: number[] };

export function summarizeLatency(ms: readonly number[], statuses: readonly number[]): Latency {
  return {
    count: ms.length,
    p50Ms: percentile(ms, 50),
    p99Ms: percentile(ms, 99),
    statuses: [...new Set(statuses)].sort((a, b) => a - b),
  };
}

/**
 * Requests each URL once, one after the other (no other load), and times
 * each from sending to the last byte of the body: what one reader waits.
 */
export async function timeEach(urls: readonly string[]): Promise<Latency> {
  const ms: number[] = [];
  const statuses: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    ms.push(performance.now() - started);
    statuses.push(response.status);
  }
  return summarizeLatency(ms, statuses);
}

/** `count` items spread evenly over `list` (all of it when it is shorter). */
export function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from(
    { length: count },
    (_, index) => list[Math.floor((index * list.length) / count)] as T,
  );
}
