import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  renderCheckTable,
  renderGrowthTables,
  renderTables,
  writeCheckDoc,
  type BenchResult,
} from "@/bench/lib/report";

const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result: BenchResult = {
  startedAt: "2026-11-26T01:00:00.000Z",
  machine: { cpus: 2, cpuModel: "Test CPU", memoryGb: 4, node: "v20.20.2", platform: "Linux" },
  options: {
    sizes: [10000],
    quick: false,
    buildRuns: 1,
    loaderRuns: 3,
    seconds: 10,
    checkOnly: true,
  },
  sizes: [
    {
      articles: 10000,
      loader: { runs: 3, medianMs: 40000, articlesPerSecond: 250 },
      contentCheck: { runs: 3, seconds: 4, articlesPerSecond: 2500, exitCode: 0 },
      builds: [],
      weights: {},
      throughput: {},
    },
  ],
};

describe("the content:check table", () => {
  it("shows the median time, the rate and how many runs it is the median of", () => {
    expect(renderCheckTable(result)).toContain("| 10000 | 4.00 | 2500 | 3 | 0 | 250 | 3 |");
    expect(renderCheckTable(result)).toContain("on 2 CPUs (Test CPU), Node v20.20.2");
  });

  it("replaces only its own block of the document, keeping the full run's", () => {
    const file = path.join(dir, "performance.md");
    writeFileSync(
      file,
      "# Performance\n\n<!-- bench:start (written by npm run bench) -->\nfull run\n<!-- bench:end -->\n",
    );
    writeCheckDoc(file, result);
    writeCheckDoc(file, result);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("full run");
    expect(text.match(/\| 10000 \| 4\.00 \|/g)).toHaveLength(1);
  });
});

describe("the build memory table", () => {
  const built: BenchResult = {
    ...result,
    options: { ...result.options, sizes: [5000], checkOnly: false },
    sizes: [
      {
        articles: 5000,
        loader: { runs: 1, medianMs: 10000, articlesPerSecond: 500 },
        contentCheck: { runs: 1, seconds: 4, exitCode: 0 },
        builds: [
          {
            cpus: "default",
            runs: 1,
            seconds: 300,
            peakRssMb: 1919.3,
            memory: {
              peakAtSeconds: 471.8,
              atPeakMb: { main: 255, worker: 1664.3, typescript: 0, other: 0 },
              processPeaksMb: [
                { role: "main", peakMb: 825, atSeconds: 55.9 },
                { role: "typescript", peakMb: 608, atSeconds: 52.5 },
                { role: "worker", peakMb: 764, atSeconds: 504.5 },
                { role: "worker", peakMb: 904.4, atSeconds: 471.8 },
              ],
            },
          },
          { cpus: 1, runs: 1, seconds: 400, peakRssMb: 1200 },
        ],
        weights: {},
        throughput: {},
      },
    ],
  };

  it("splits the tree's peak by role and shows each role's own highest peak", () => {
    expect(renderTables(built)).toContain(
      "| 5000 | default | 1919 | 472 | 255 | 1664 | 0 | 0 | 825 | 904 | 608 |",
    );
  });

  it("leaves out builds measured before per-process sampling", () => {
    expect(renderTables(built)).not.toContain("| 5000 | 1 | 1200 |");
  });
});

describe("the article-three-ways table", () => {
  const load = (requestsPerSecond: number) => ({
    requestsPerSecond,
    p50Ms: 5,
    p99Ms: 20,
    requests: requestsPerSecond * 10,
    errors: 0,
    non2xx: 0,
  });
  const size = (articles: number, cached: number) => ({
    ...result.sizes[0]!,
    articles,
    proxy: {
      nextStart: load(400),
      nginxCache: load(cached),
      staticFile: load(10000),
      cacheVsStatic: cached / 10000,
    },
  });

  it("keeps every size's rows in one table and gives each size's ratio after it", () => {
    const text = renderTables({ ...result, sizes: [size(1000, 11000), size(5000, 7500)] });
    const table = text.slice(text.indexOf("| articles | served by |"));
    const rows = table.split("\n\n")[0]!.split("\n");
    expect(rows.slice(2).map((row) => row.split(" | ").slice(0, 2).join(" | "))).toEqual([
      "| 1000 | `next start` alone",
      "| 1000 | nginx cache (HIT) over `next start`",
      "| 1000 | nginx, static HTML file",
      "| 5000 | `next start` alone",
      "| 5000 | nginx cache (HIT) over `next start`",
      "| 5000 | nginx, static HTML file",
    ]);
    expect(table).toContain(
      "Cached path / static file: 110% at 1000 articles, 75% at 5000 articles (goal: at least 80%).",
    );
  });
});

describe("the cost per added 1,000 articles", () => {
  const sized = (articles: number, seconds: number, peakRssMb: number) => ({
    ...result.sizes[0]!,
    articles,
    builds: [{ cpus: "default" as const, runs: 1, seconds, peakRssMb }],
  });

  it("is the difference between the smallest and largest size, per 1,000 articles", () => {
    expect(
      renderTables({ ...result, sizes: [sized(1000, 70, 900), sized(5000, 250, 1020)] }),
    ).toContain(
      "Cost per added 1,000 articles (from 1000 to 5000): 45.0 s of build time, 30 MB of peak memory.",
    );
  });

  it("says 0 MB, not -0 MB, when the peak barely moved down", () => {
    expect(
      renderTables({ ...result, sizes: [sized(1000, 73, 904), sized(5000, 249, 903)] }),
    ).toContain("44.0 s of build time, 0 MB of peak memory.");
  });
});

describe("the archive growth tables", () => {
  const load = (requestsPerSecond: number, errors = 0) => ({
    requestsPerSecond,
    p50Ms: 5,
    p99Ms: 20,
    requests: requestsPerSecond * 10,
    errors,
    non2xx: 0,
  });
  const latency = (p50Ms: number, p99Ms: number) => ({ count: 40, p50Ms, p99Ms, statuses: [200] });
  const grown = (
    articles: number,
    input: { seconds: number; peakMb: number; first: number; rss: number },
  ) => ({
    ...result.sizes[0]!,
    articles,
    prerenderedArticles: 200,
    builds: [
      { cpus: "default" as const, runs: 1, seconds: input.seconds, peakRssMb: input.peakMb },
    ],
    throughput: { article: load(1800), front: load(1500) },
    proxy: {
      nextStart: load(1800),
      nginxCache: load(9000),
      staticFile: load(12000),
      cacheVsStatic: 0.75,
    },
    requests: {
      firstAfterStart: latency(2400, 2400),
      archivedFirst: latency(input.first, input.first * 2),
      archivedCached: latency(3.25, 8),
      prerenderedArticle: latency(3, 7),
      searchReadyMs: 26_400,
      searchFirst: latency(900, 900),
      search: latency(12, 40),
    },
    serverMemoryMb: { afterStart: input.rss - 50, afterLoad: input.rss },
    baseline: { buildSeconds: 9, load: { ...load(2000), runs: 3 } },
    ratios: { articleVsBaseline: 0.9, frontVsBaseline: 0.75, articleVsStatic: 0.15 },
  });
  const run: BenchResult = {
    ...result,
    options: { ...result.options, checkOnly: false },
    sizes: [
      grown(1000, { seconds: 40, peakMb: 800, first: 60, rss: 300 }),
      grown(5000, { seconds: 48, peakMb: 850, first: 70, rss: 420 }),
      grown(50_000, { seconds: 120, peakMb: 1100, first: 140, rss: 700 }),
    ],
  };
  const text = renderGrowthTables(run);

  it("shows per size the build, the server's memory and each kind of request's p50 / p99", () => {
    expect(text).toContain(
      "![Build wall time and peak memory against archive size](bench-build.svg)",
    );
    expect(text).toContain(
      "| 5000 | 200 | 48.0 | 850 | 2400 | 370 | 420 | 70 / 140 | 3.3 / 8.0 | 3.0 / 7.0 | 26.4 | 900 | 12 / 40 | 4.0 |",
    );
  });

  it("gives throughput as ratios to the baseline and the nginx file", () => {
    expect(text).toContain(
      "| 1000 | 1800 | 1500 | 2000 | 0.90x | 0.75x | 12000 | 0.15x | 0, 0, 0 |",
    );
  });

  it("reads each goal off the run, and says which are not met", () => {
    expect(text).toContain(
      "- build of 5,000 at most 1.25x the time of 1,000 and at most 60 s: met (1.20x)",
    );
    expect(text).toContain("- build of 50,000 at most 2x the time of 1,000: **not met** (3.00x)");
    expect(text).toContain("- build peak memory at most 1 GB at every size: **not met**");
    expect(text).toContain(
      "- first request of an archived article at most 150 ms p50 with 50,000 articles: met",
    );
    expect(text).toContain(
      "- article and front page at least 0.9x the baseline, 0 errors: **not met**",
    );
    expect(text).toContain("- server memory with 50,000 articles at most 600 MB: **not met**");
  });

  it("says a goal of a size the run did not have is not measured", () => {
    const small = renderGrowthTables({ ...run, sizes: run.sizes.slice(0, 2) });
    expect(small).toContain("- server memory with 50,000 articles at most 600 MB: not measured");
  });

  it("is empty for results from before requests were measured", () => {
    expect(renderGrowthTables(result)).toBe("");
  });
});

describe("a size that failed", () => {
  it("is named with the end of its reason above the tables, and its goals are not measured", () => {
    const text = renderGrowthTables({
      ...result,
      failures: [
        { articles: 50_000, reason: "next build failed:\nline one\nJavaScript heap out of memory" },
      ],
      sizes: [],
    });
    expect(text).toContain(
      "- **50000 articles: not measured.** next build failed: line one JavaScript heap out of memory",
    );
  });
});
