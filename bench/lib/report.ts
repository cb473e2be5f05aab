import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Latency } from "./latency";
import type { Role } from "./process-tree";

/** The build chart the bench writes beside docs/performance.md (docs/<CHART_FILE>). */
export const CHART_FILE = "bench-build.svg";

const START = "<!-- bench:start (written by npm run bench) -->";
const END = "<!-- bench:end -->";
const CHECK_START = "<!-- bench-check:start (written by npm run bench -- --check-only) -->";
const CHECK_END = "<!-- bench-check:end -->";

type Weight = {
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  cssGzip: number;
  jsFrameworkGzip: number;
  jsOursGzip: number;
};
type Load = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
};
/** Each request alone, no other load (bench/run.ts measureRequests). */
export type Requests = {
  /** The first article request after start: it loads the archive (absent in earlier results). */
  firstAfterStart?: Latency;
  archivedFirst: Latency;
  archivedCached: Latency;
  prerenderedArticle: Latency;
  /** From the server answering until its health check reported the search index filled (absent in earlier results). */
  searchReadyMs?: number;
  searchFirst: Latency;
  search: Latency;
};
type Build = {
  cpus: number | "default";
  runs: number;
  seconds: number;
  peakRssMb: number;
  reads?: { total: number; files: number; processes: number; maxReadsPerFileInOneProcess: number };
  /** Per-process memory of the build's process tree (absent in results from before it was measured). */
  memory?: BuildMemory;
};
export type BuildMemory = {
  peakAtSeconds: number;
  atPeakMb: Partial<Record<Role, number>>;
  processPeaksMb: { role: Role; peakMb: number; atSeconds: number }[];
};

/** The highest own peak of any process of one role (0 when there was none). */
export function largestPeak(memory: BuildMemory, role: Role): number {
  return Math.max(0, ...memory.processPeaksMb.filter((p) => p.role === role).map((p) => p.peakMb));
}
export type BenchResult = {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: {
    sizes: number[];
    quick: boolean;
    buildRuns: number;
    loaderRuns: number;
    seconds: number;
    checkOnly?: boolean;
  };
  /** Sizes that could not be measured, and why (absent in results from before sizes could fail alone). */
  failures?: { articles: number; reason: string }[];
  sizes: {
    articles: number;
    loader: { runs: number; medianMs: number; articlesPerSecond: number };
    /** Wall seconds (median of `runs`), start-up included. */
    contentCheck: { runs?: number; seconds: number; articlesPerSecond?: number; exitCode: number };
    builds: Build[];
    weights: Record<string, unknown>;
    throughput: Record<string, unknown>;
    /** The article page through nginx (cached) and as a static file, next to `next start`. */
    proxy?: {
      nextStart: Load;
      nginxCache: Load;
      staticFile: Load;
      /** How many turns of the nginx pair; each row is its median run (absent: one). */
      runs?: number;
      cacheVsStatic: number;
    };
    /** How many of the newest articles the build prerendered (absent before the window existed). */
    prerenderedArticles?: number;
    requests?: Requests;
    /** The server's resident memory (its process tree), after start and after all the load. */
    serverMemoryMb?: { afterStart?: number; afterLoad?: number };
    /** The minimal App Router app (bench/baseline) serving the same article. */
    baseline?: { buildSeconds: number; load: Load & { runs?: number } };
    ratios?: { articleVsBaseline: number; frontVsBaseline: number; articleVsStatic: number };
  }[];
};

type Size = BenchResult["sizes"][number];
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const latency = (value: Latency) => `${ms(value.p50Ms)} / ${ms(value.p99Ms)}`;
const times = (value: number) => `${value.toFixed(2)}x`;

/** Archive growth: what issue #15 asks the bench to report per size. */
export function renderGrowthTables(result: BenchResult): string {
  const measured = result.sizes.filter(
    (size): size is Size & { requests: Requests } => size.requests !== undefined,
  );
  const failed = (result.failures ?? []).map(
    ({ articles, reason }) =>
      `- **${articles} articles: not measured.** ${reason.trim().split("\n").slice(-3).join(" ").slice(0, 600)}`,
  );
  if (measured.length === 0) return failed.join("\n");
  const lines = [
    ...(failed.length > 0 ? ["Sizes that failed:", "", ...failed, ""] : []),
    `![Build wall time and peak memory against archive size](${CHART_FILE})`,
    "",
    "Archive growth. Requests one at a time, no other load, p50 / p99 ms: the first request of " +
      `${measured[0]?.requests.archivedFirst.count ?? 0} archived articles (rendered then), the same again (cached), ` +
      "the prerendered newest article as often, and search. Search ready: seconds from the server answering until its health check reports the empty search index filled (the server starts indexing once it listens; everything after is measured once it is done); first search: the first query then. " +
      'Server memory: resident memory of the server\'s process tree after start and its first article request (which loads the archive, timed as "loading ms"), and after all the load below.',
    "",
    "| articles | prerendered | build s | build peak MB | loading ms | server MB after start | server MB after load | archived first | archived cached | prerendered | search ready s | first search ms | search | content:check s |",
    "| -------: | ----------: | ------: | ------------: | ---------: | --------------------: | -------------------: | -------------: | --------------: | ----------: | -------------: | --------------: | -----: | --------------: |",
  ];
  for (const size of measured) {
    const build = size.builds.at(-1);
    const { requests } = size;
    lines.push(
      `| ${size.articles} | ${size.prerenderedArticles ?? "?"} | ${build?.seconds.toFixed(1) ?? "?"} | ${build?.peakRssMb.toFixed(0) ?? "?"} | ${requests.firstAfterStart ? ms(requests.firstAfterStart.p50Ms) : "?"} | ${size.serverMemoryMb?.afterStart?.toFixed(0) ?? "?"} | ${size.serverMemoryMb?.afterLoad?.toFixed(0) ?? "?"} | ${latency(requests.archivedFirst)} | ${latency(requests.archivedCached)} | ${latency(requests.prerenderedArticle)} | ${requests.searchReadyMs === undefined ? "?" : (requests.searchReadyMs / 1000).toFixed(1)} | ${ms(requests.searchFirst.p50Ms)} | ${latency(requests.search)} | ${size.contentCheck.seconds.toFixed(1)} |`,
    );
  }
  const compared = measured.filter((size) => size.baseline && size.ratios);
  if (compared.length > 0) {
    const runs = compared[0]?.baseline?.load.runs ?? 1;
    lines.push(
      "",
      `Throughput against the minimal App Router app (\`bench/baseline\`, the same article, \`next start\`) and nginx sending the article's HTML file, 50 connections, each row the median of ${runs} run(s):`,
      "",
      "| articles | article req/s | front req/s | baseline req/s | article / baseline | front / baseline | nginx file req/s | article / nginx file | errors (article, front, baseline) |",
      "| -------: | ------------: | ----------: | -------------: | -----------------: | ---------------: | ---------------: | -------------------: | --------------------------------: |",
    );
    for (const size of compared) {
      const article = size.throughput.article as Load;
      const front = size.throughput.front as Load;
      const baseline = size.baseline!.load;
      const ratios = size.ratios!;
      lines.push(
        `| ${size.articles} | ${article.requestsPerSecond.toFixed(0)} | ${front.requestsPerSecond.toFixed(0)} | ${baseline.requestsPerSecond.toFixed(0)} | ${times(ratios.articleVsBaseline)} | ${times(ratios.frontVsBaseline)} | ${size.proxy?.staticFile.requestsPerSecond.toFixed(0) ?? "?"} | ${times(ratios.articleVsStatic)} | ${article.errors}, ${front.errors}, ${baseline.errors} |`,
      );
    }
  }
  lines.push("", ...goalLines(measured));
  return lines.join("\n");
}

/** Issue #15's goals, each read off this run: met, not met, or not measured (size missing). */
export function goalLines(sizes: readonly (Size & { requests: Requests })[]): string[] {
  const at = (articles: number) => sizes.find((size) => size.articles === articles);
  const build = (articles: number) => at(articles)?.builds.at(-1);
  const verdict = (ok: boolean | undefined) =>
    ok === undefined ? "not measured" : ok ? "met" : "**not met**";
  const small = build(1000);
  const mid = build(5000);
  const large = build(50_000);
  const fifty = at(50_000);
  const ratio = (a?: number, b?: number) =>
    a !== undefined && b !== undefined ? ` (${(a / b).toFixed(2)}x)` : "";
  return [
    "Goals (issue #15), read off this run:",
    "",
    `- build of 5,000 at most 1.25x the time of 1,000 and at most 60 s: ${verdict(small && mid && mid.seconds <= 1.25 * small.seconds && mid.seconds <= 60)}${ratio(mid?.seconds, small?.seconds)}`,
    `- build of 50,000 at most 2x the time of 1,000: ${verdict(small && large && large.seconds <= 2 * small.seconds)}${ratio(large?.seconds, small?.seconds)}`,
    `- build peak memory at most 1 GB at every size: ${verdict(sizes.every((size) => (size.builds.at(-1)?.peakRssMb ?? Infinity) <= 1024))}`,
    `- first request of an archived article at most 150 ms p50 with 50,000 articles: ${verdict(fifty && fifty.requests.archivedFirst.p50Ms <= 150)}`,
    `- article and front page at least 0.9x the baseline, 0 errors: ${verdict(
      sizes.every(
        (size) =>
          size.ratios !== undefined &&
          size.ratios.articleVsBaseline >= 0.9 &&
          size.ratios.frontVsBaseline >= 0.9 &&
          (size.throughput.article as Load).errors === 0 &&
          (size.throughput.front as Load).errors === 0,
      ),
    )}`,
    `- server memory with 50,000 articles at most 600 MB: ${verdict(fifty?.serverMemoryMb?.afterLoad !== undefined ? fifty.serverMemoryMb.afterLoad <= 600 : undefined)}`,
  ];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function renderTables(result: BenchResult): string {
  const { machine, options } = result;
  const lines = [
    `Run ${result.startedAt} on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb.toFixed(1)} GB memory, Node ${machine.node}, ${machine.platform}.`,
    `Sizes: ${options.sizes.join(", ")} articles${options.quick ? " (--quick)" : ""}; builds: median of ${options.buildRuns} run(s) per size and worker setting; loader: median of ${options.loaderRuns} run(s); load: 50 connections × ${options.seconds} s per page, one run.`,
    "",
    "| articles | build s | build peak RSS MB | build workers | reads per file per process | processes reading | loader articles/s | content:check s |",
    "| -------: | ------: | ----------------: | ------------: | -------------------------: | ----------------: | ----------------: | --------------: |",
  ];
  for (const size of result.sizes) {
    for (const build of size.builds) {
      lines.push(
        `| ${size.articles} | ${build.seconds.toFixed(1)} | ${build.peakRssMb.toFixed(0)} | ${build.cpus} | ${build.reads?.maxReadsPerFileInOneProcess ?? "?"} | ${build.reads?.processes ?? "?"} | ${size.loader.articlesPerSecond.toFixed(0)} | ${size.contentCheck.seconds.toFixed(1)} |`,
      );
    }
  }
  const profiled = result.sizes.flatMap((size) =>
    size.builds.flatMap((build) =>
      build.memory ? [{ articles: size.articles, build, memory: build.memory }] : [],
    ),
  );
  if (profiled.length > 0) {
    lines.push(
      "",
      "Build memory by process (RSS sampled every 200 ms): the tree's peak, what it was made of at that moment, and each role's highest own peak at any time (worker threads count as the main process):",
      "",
      "| articles | build workers | tree peak MB | at s | main MB | workers MB | tsc MB | other MB | main's own peak MB | largest worker's own peak MB | tsc's own peak MB |",
      "| -------: | ------------: | -----------: | ---: | ------: | ---------: | -----: | -------: | -----------------: | ---------------------------: | ----------------: |",
    );
    for (const { articles, build, memory } of profiled) {
      const at = (role: Role) => (memory.atPeakMb[role] ?? 0).toFixed(0);
      lines.push(
        `| ${articles} | ${build.cpus} | ${build.peakRssMb.toFixed(0)} | ${memory.peakAtSeconds.toFixed(0)} | ${at("main")} | ${at("worker")} | ${at("typescript")} | ${at("other")} | ${largestPeak(memory, "main").toFixed(0)} | ${largestPeak(memory, "worker").toFixed(0)} | ${largestPeak(memory, "typescript").toFixed(0)} |`,
      );
    }
  }
  const first = result.sizes[0];
  const last = result.sizes.at(-1);
  if (first && last && last !== first) {
    const a = first.builds.at(-1);
    const b = last.builds.at(-1);
    if (a && b) {
      const per1000 = ((b.seconds - a.seconds) / (last.articles - first.articles)) * 1000;
      const mem1000 = ((b.peakRssMb - a.peakRssMb) / (last.articles - first.articles)) * 1000;
      lines.push(
        "",
        `Cost per added 1,000 articles (from ${first.articles} to ${last.articles}): ${per1000.toFixed(1)} s of build time, ${Math.round(mem1000) || 0} MB of peak memory.`,
      );
    }
  }
  lines.push(
    "",
    "Page weights (bytes; gzip at zlib's default level) and `next start` under load:",
    "",
    "| articles | page | status | HTML raw | HTML gzip | CSS gzip | JS framework gzip | JS ours gzip | req/s | p50 ms | p99 ms | errors | non-2xx |",
    "| -------: | ---- | -----: | -------: | --------: | -------: | ----------------: | -----------: | ----: | -----: | -----: | -----: | ------: |",
  );
  for (const size of result.sizes) {
    for (const [page, value] of Object.entries(size.weights)) {
      const w = value as Weight;
      const l = size.throughput[page] as Load;
      lines.push(
        `| ${size.articles} | ${page} | ${w.status} | ${w.htmlRaw} | ${w.htmlGzip} | ${w.cssGzip} | ${w.jsFrameworkGzip} (${kb(w.jsFrameworkGzip)} KB) | ${w.jsOursGzip} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50Ms} | ${l.p99Ms} | ${l.errors} | ${l.non2xx} |`,
      );
    }
  }
  const proxied = result.sizes.filter((size) => size.proxy);
  if (proxied.length > 0) {
    lines.push(
      "",
      `The article page three ways (same load; nginx 1 worker with \`deploy/nginx.conf\`, cache warm; the static file is the build's prerendered HTML sent by nginx; the two nginx rows are each the median of ${proxied[0]?.proxy?.runs ?? 1} run(s), loaded in turn):`,
      "",
      "| articles | served by | req/s | p50 ms | p99 ms | errors | non-2xx |",
      "| -------: | --------- | ----: | -----: | -----: | -----: | ------: |",
    );
    for (const size of proxied) {
      const proxy = size.proxy!;
      for (const [name, l] of [
        ["`next start` alone", proxy.nextStart],
        ["nginx cache (HIT) over `next start`", proxy.nginxCache],
        ["nginx, static HTML file", proxy.staticFile],
      ] as const) {
        lines.push(
          `| ${size.articles} | ${name} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50Ms} | ${l.p99Ms} | ${l.errors} | ${l.non2xx} |`,
        );
      }
    }
    // After the table: a line inside it would end the table and leave the next size's rows as text.
    const ratios = proxied.map(
      (size) => `${(size.proxy!.cacheVsStatic * 100).toFixed(0)}% at ${size.articles} articles`,
    );
    lines.push("", `Cached path / static file: ${ratios.join(", ")} (goal: at least 80%).`);
  }
  return lines.join("\n");
}

/** The loader and content:check alone, per size: what `--check-only` measures. */
export function renderCheckTable(result: BenchResult): string {
  const { machine } = result;
  const lines = [
    `Run ${result.startedAt} on ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}.`,
    "content:check: wall time of `tsx scripts/content-check.ts <dir>` (start-up included), median of the runs shown; loader: `loadArticles` (renders every body) in its own process.",
    "",
    "| articles | content:check s | content:check articles/s | runs | exit | loader articles/s | loader runs |",
    "| -------: | --------------: | -----------------------: | ---: | ---: | ----------------: | ----------: |",
  ];
  for (const { articles, contentCheck, loader } of result.sizes) {
    const perSecond = contentCheck.articlesPerSecond ?? articles / contentCheck.seconds;
    lines.push(
      `| ${articles} | ${contentCheck.seconds.toFixed(2)} | ${perSecond.toFixed(0)} | ${contentCheck.runs ?? 1} | ${contentCheck.exitCode} | ${loader.articlesPerSecond.toFixed(0)} | ${loader.runs} |`,
    );
  }
  return lines.join("\n");
}

/** Replaces the generated part of docs/performance.md, keeping the prose around it. */
export function writePerformanceDoc(file: string, result: BenchResult) {
  const growth = renderGrowthTables(result);
  replaceBlock(
    file,
    START,
    END,
    growth ? `${growth}\n\n${renderTables(result)}` : renderTables(result),
  );
}

/** Replaces the check-only part of docs/performance.md, keeping everything else. */
export function writeCheckDoc(file: string, result: BenchResult) {
  replaceBlock(file, CHECK_START, CHECK_END, renderCheckTable(result));
}

function replaceBlock(file: string, startMarker: string, endMarker: string, content: string) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const block = `${startMarker}\n\n${content}\n\n${endMarker}`;
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + endMarker.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
