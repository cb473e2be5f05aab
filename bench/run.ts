// `npm run bench [-- --articles 1000,5000] [--large] [--quick] [--runs N] [--cpus 1,2] [--port N] [--check-only]`
// Builds synthetic archives of each size in a temporary folder and measures
// the build, the content loader, content:check, page weights and server
// throughput. `--check-only` measures the loader and content:check alone
// (no build, no server): `--articles 10000 --check-only` is the content:check
// figure of issue #6. `--large` adds 20,000 and 50,000 articles (issue #15). Results: bench/results/<time>.json and docs/performance.md.
// See docs/performance.md for what each number means.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { z } from "zod";
import { startBaseline } from "./lib/baseline";
import { buildChart } from "./lib/chart";
import { generateArchive } from "./lib/generate";
import { spread, timeEach } from "./lib/latency";
import { gzipSize } from "./lib/gzip";
import { sampleTreeMemory, treeRssBytes, type MemoryProfile } from "./lib/process-tree";
import { staticArticleServer } from "./lib/nginx-static";
import { CHART_FILE, writeCheckDoc, writePerformanceDoc, type Requests } from "./lib/report";
import { startServer } from "./lib/server";
import { completeStandalone } from "../lib/build/standalone";
// The preload the builds run with, to count content reads (bench/lib/read-trace.cjs).
import { READ_TRACE_FILE } from "./lib/read-trace.cjs";
import { buildMemoryEnvironment } from "../lib/platform/build-memory";
import { readSettings } from "../lib/config";
import { startNginx } from "../tests/support/cluster";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

export type Options = {
  sizes: number[];
  quick: boolean;
  buildRuns: number;
  loaderRuns: number;
  cpus: (number | "default")[];
  port: number;
  seconds: number;
  checkOnly: boolean;
  /** Load runs per page for the pages compared with the baseline; each row is the median. */
  loadRuns: number;
};

/** The archive sizes `--large` adds. */
export const LARGE_SIZES = [20_000, 50_000];
/** Archived articles requested once each (first request) and again (cached). */
const ARCHIVED_SAMPLE = 40;
/** Build peak memory goal of issue #15, drawn on the chart. */
const BUILD_MEMORY_GOAL_MB = 1000;
/** Searches a reader might type: words and tags of the synthetic archive, one and two words. */
const SEARCHES = [
  "ferry",
  "harbour",
  "council",
  "storm",
  "engineers",
  "winter",
  "funding",
  "climate",
  "transport",
  "elections",
  "energy",
  "science",
  "ferry services",
  "harbour walls",
  "storm season",
  "regional transport",
  "repairs decade",
  "students queues",
  "analysts estimated",
  "vessels spokesperson",
  "timetables fragile",
  "review spring",
  "terminal",
  "traders",
  "farmers",
  "residents crossing",
  "inspected",
  "budgets",
  "decision",
  "authority",
];

function parseArguments(argv: string[]): Options {
  const options: Options = {
    sizes: [1000, 5000],
    quick: false,
    buildRuns: 1,
    loaderRuns: 3,
    cpus: ["default"],
    port: 3560,
    seconds: 10,
    checkOnly: false,
    loadRuns: 3,
  };
  const numbers = (value: string | undefined, what: string) => {
    const list = (value ?? "").split(",").map(Number);
    if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n <= 0))
      throw new Error(`${what} takes positive whole numbers, comma-separated`);
    return list;
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--articles") options.sizes = numbers(argv[++index], "--articles");
    else if (argument === "--quick") options.quick = true;
    else if (argument === "--check-only") options.checkOnly = true;
    else if (argument === "--large")
      options.sizes = [...new Set([...options.sizes, ...LARGE_SIZES])];
    else if (argument === "--runs") options.buildRuns = numbers(argv[++index], "--runs")[0] ?? 1;
    else if (argument === "--cpus") options.cpus = numbers(argv[++index], "--cpus");
    else if (argument === "--port")
      options.port = numbers(argv[++index], "--port")[0] ?? options.port;
    else throw new Error(`unknown option ${argument}`);
  }
  if (options.quick) {
    options.seconds = 3;
    options.loaderRuns = 1;
    options.loadRuns = 1;
  }
  return options;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function run(command: string[], env: Record<string, string | undefined>, sampleMemory = false) {
  return new Promise<{
    ms: number;
    memory?: MemoryProfile;
    stdout: string;
    stderr: string;
    code: number;
  }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sampler = sampleMemory && child.pid ? sampleTreeMemory(child.pid) : undefined;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
    child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const memory = sampler?.stop();
      const ms = performance.now() - started;
      if (code !== 0 && code !== 1)
        reject(
          new Error(
            `${command.join(" ")} failed (${code}):\n${stderr.slice(-2000)}${stdout.slice(-2000)}`,
          ),
        );
      else resolve({ ms, memory, stdout, stderr, code: code ?? 0 });
    });
  });
}

async function measureBuild(contentDir: string, distDir: string, cpus: number | "default") {
  const trace = READ_TRACE_FILE;
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  rmSync(trace, { force: true });
  // The operator's MIMALLOC_PURGE_DELAY if set (to compare settings), else the project's.
  const env = buildMemoryEnvironment({
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distDir,
    NODE_OPTIONS: `--require ${path.join(root, "bench", "lib", "read-trace.cjs")}`,
  });
  if (cpus !== "default") env.BENCH_BUILD_CPUS = String(cpus);
  // next build adds the build folder's types to tsconfig.json; the benchmark leaves it as it was.
  const tsconfig = readFileSync(path.join(root, "tsconfig.json"), "utf8");
  const result = await run([nextBin, "build"], env, true).finally(() =>
    writeFileSync(path.join(root, "tsconfig.json"), tsconfig),
  );
  // The reason (an out-of-memory error, say) is on stderr, what it was doing on stdout.
  if (result.code !== 0)
    throw new Error(
      `next build failed:\n${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`,
    );
  // How often each article file was read (and rendered), and in how many processes.
  const lines = existsSync(trace)
    ? readFileSync(trace, "utf8").trim().split("\n").filter(Boolean)
    : [];
  const perFile = new Map<string, number>();
  const pids = new Set<string>();
  for (const line of lines) {
    const [pid, file] = line.split(" ");
    pids.add(pid ?? "");
    perFile.set(file ?? "", (perFile.get(file ?? "") ?? 0) + 1);
  }
  const perProcess = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const [pid, file] = line.split(" ") as [string, string];
    const counts = perProcess.get(pid) ?? new Map<string, number>();
    counts.set(file, (counts.get(file) ?? 0) + 1);
    perProcess.set(pid, counts);
  }
  const maxReadsPerFileInOneProcess = Math.max(
    0,
    ...[...perProcess.values()].flatMap((counts) => [...counts.values()]),
  );
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const memory = result.memory;
  return {
    seconds: result.ms / 1000,
    peakRssMb: mb(memory?.peakBytes ?? 0),
    // What the tree's peak was made of (worker threads count as the main process),
    // and the highest RSS any one process of each role reached.
    memory: memory && {
      peakAtSeconds: memory.peakAtMs / 1000,
      atPeakMb: Object.fromEntries(
        Object.entries(memory.atPeak).map(([role, bytes]) => [role, mb(bytes)]),
      ),
      processPeaksMb: memory.processes.map((process) => ({
        role: process.role,
        peakMb: mb(process.peakBytes),
        atSeconds: process.peakAtMs / 1000,
      })),
    },
    reads: {
      total: lines.length,
      files: perFile.size,
      processes: pids.size,
      maxReadsPerFileInOneProcess,
    },
  };
}

async function weigh(url: string) {
  const response = await fetch(url);
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString("utf8");
  const assets = [
    ...new Set([...text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? "")),
  ];
  let css = 0;
  let framework = 0;
  let own = 0;
  for (const asset of assets) {
    const body = Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer());
    const size = gzipSize(body);
    if (asset.endsWith(".css")) css += size;
    // Next's hashed chunks are the framework's; our scripts are in public/scripts/.
    else if (asset.startsWith("/_next/")) framework += size;
    else own += size;
  }
  return {
    status: response.status,
    htmlRaw: html.length,
    htmlGzip: gzipSize(html),
    cssGzip: css,
    jsFrameworkGzip: framework,
    jsOursGzip: own,
  };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

type LoadResult = Awaited<ReturnType<typeof load>>;

/** The run with the median request rate (the upper one of the middle two for an even count). */
function medianRun(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const run = sorted[Math.floor(sorted.length / 2)];
  if (!run) throw new Error("no load runs to take the median of");
  return run;
}

/**
 * The article page three ways, in one run: `next start` alone (measured
 * above), through nginx with deploy/nginx.conf (cache warm: every request a
 * HIT), and nginx sending the prerendered HTML file itself. All on
 * 127.0.0.1, `--port` + 1 and + 2, the same load each.
 */
async function measureProxy(input: {
  options: Options;
  work: string;
  distDir: string;
  slug: string;
  direct: LoadResult;
}) {
  const { options, slug } = input;
  const cachePort = options.port + 1;
  const staticPort = options.port + 2;
  const appDir = path.join(root, input.distDir, "server", "app");
  if (!existsSync(path.join(appDir, "articles", `${slug}.html`)))
    throw new Error(`no prerendered HTML for /articles/${slug} in ${appDir}`);
  const nginx = await startNginx({
    prefix: path.join(input.work, "nginx"),
    port: cachePort,
    upstreams: [options.port],
    extraServers: staticArticleServer({ port: staticPort, appDir, slug }),
  });
  try {
    const article = `/articles/${slug}`;
    // Fill the cache, and check that the load below is served from it.
    let cacheStatus = "";
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`http://127.0.0.1:${cachePort}${article}`);
      await response.arrayBuffer();
      cacheStatus = response.headers.get("x-cache-status") ?? "";
    }
    if (cacheStatus !== "HIT") throw new Error(`nginx did not cache ${article}: ${cacheStatus}`);
    // autocannon shares the 2 cores with nginx, so one run of each swings widely:
    // the two are loaded in turn, and each keeps its median run.
    const runs = options.quick ? 1 : 3;
    const staticRuns = [];
    const cacheRuns = [];
    for (let i = 0; i < runs; i++) {
      staticRuns.push(await load(`http://127.0.0.1:${staticPort}${article}`, options.seconds));
      cacheRuns.push(await load(`http://127.0.0.1:${cachePort}${article}`, options.seconds));
    }
    const staticFile = medianRun(staticRuns);
    const nginxCache = medianRun(cacheRuns);
    const result = {
      nextStart: input.direct,
      nginxCache,
      staticFile,
      runs,
      cacheVsStatic: nginxCache.requestsPerSecond / staticFile.requestsPerSecond,
    };
    console.log(
      `article via nginx cache: ${nginxCache.requestsPerSecond.toFixed(0)} req/s, static file: ${staticFile.requestsPerSecond.toFixed(0)} req/s (${(result.cacheVsStatic * 100).toFixed(0)}%)`,
    );
    return result;
  } finally {
    await nginx.stop();
  }
}

/** The longest the benchmark waits for a server's search index to be filled. */
const SEARCH_INDEX_WAIT_MS = 300_000;

/**
 * Milliseconds from `since` until the server's health check reports its
 * search index filled; undefined (and a warning) if it reported a failure,
 * or was not done within SEARCH_INDEX_WAIT_MS. A health request that fails
 * is asked again.
 */
async function waitForSearchIndex(url: string, since: number): Promise<number | undefined> {
  let last = "no answer";
  while (performance.now() - since < SEARCH_INDEX_WAIT_MS) {
    const search = await fetch(`${url}/healthz`)
      .then(async (response) => healthChecks.safeParse(await response.json()))
      .then((report) => (report.success ? report.data.checks.search : "not a health report"))
      .catch((error: unknown) => `health request failed: ${String(error)}`);
    if (search === "ok") {
      const ms = performance.now() - since;
      console.log(`search index ready ${(ms / 1000).toFixed(1)} s after the server answered`);
      return ms;
    }
    last = search;
    if (search !== "preparing" && !search.startsWith("health request failed")) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.warn(`search index not ready: ${last}`);
  return undefined;
}

const healthChecks = z.object({ checks: z.object({ search: z.string() }) });

/**
 * What one reader waits, each request alone (no other load): an archived
 * article's first request (rendered then) and a later one (cached), the
 * prerendered article, and search (once the index is filled: waitForSearchIndex).
 */
async function measureRequests(
  url: string,
  newest: string,
  archived: readonly string[],
): Promise<Omit<Requests, "firstAfterStart">> {
  const sample = spread(archived, ARCHIVED_SAMPLE).map((slug) => `${url}/articles/${slug}`);
  const archivedFirst = await timeEach(sample);
  const archivedCached = await timeEach(sample);
  const prerenderedArticle = await timeEach(
    Array.from({ length: ARCHIVED_SAMPLE }, () => `${url}/articles/${newest}`),
  );
  const searchUrl = (query: string) => `${url}/search?${new URLSearchParams({ q: query })}`;
  const [firstQuery, ...queries] = SEARCHES;
  const searchFirst = await timeEach([searchUrl(firstQuery ?? "ferry")]);
  const search = await timeEach(queries.map(searchUrl));
  const result = { archivedFirst, archivedCached, prerenderedArticle, searchFirst, search };
  console.log(`requests: ${JSON.stringify(result)}`);
  return result;
}

/** The minimal App Router app (bench/baseline) serving the same article, loaded like the site. */
async function measureBaseline(input: { options: Options; contentDir: string; slug: string }) {
  const { options } = input;
  const baseline = await startBaseline({
    contentDir: input.contentDir,
    slug: input.slug,
    port: options.port + 3,
  });
  try {
    const url = `${baseline.url}/articles/${input.slug}`;
    const weight = await weigh(url);
    const loads = [];
    for (let i = 0; i < options.loadRuns; i++) loads.push(await load(url, options.seconds));
    const result = {
      buildSeconds: baseline.buildSeconds,
      weight,
      load: { ...medianRun(loads), runs: options.loadRuns },
    };
    console.log(`baseline: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await baseline.stop();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const work = mkdtempSync(path.join(os.tmpdir(), "dateline-bench-"));
  const distDir = `.next-bench-${process.pid}`;
  const startedAt = new Date().toISOString();
  // The build's window (lib/config.ts): articles older than the newest N render on first request.
  const prerendered = readSettings(process.env).PRERENDER_ARTICLES;
  const sizes = [];
  const failures: { articles: number; reason: string }[] = [];
  try {
    for (const count of options.sizes) {
      const contentDir = path.join(work, `content-${count}`);
      try {
        console.log(`\n== ${count} articles (in ${contentDir})`);
        const slugs = generateArchive(contentDir, count);

        const loaderMs: number[] = [];
        for (let index = 0; index < options.loaderRuns; index += 1) {
          const { stdout } = await run([tsxBin, "--conditions=react-server", "bench/loader.ts"], {
            CONTENT_DIR: contentDir,
          });
          loaderMs.push(
            (JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { ms: number }).ms,
          );
        }
        const loader = {
          runs: loaderMs.length,
          medianMs: median(loaderMs),
          articlesPerSecond: count / (median(loaderMs) / 1000),
        };
        console.log(`loader: ${loader.articlesPerSecond.toFixed(0)} articles/s`);

        // Wall time of the whole command, start-up included, as an editor waits for it.
        const checkRuns = [];
        for (let index = 0; index < options.loaderRuns; index += 1) {
          checkRuns.push(
            await run(
              [tsxBin, "--conditions=react-server", "scripts/content-check.ts", contentDir],
              {},
            ),
          );
        }
        const checkSeconds = median(checkRuns.map((check) => check.ms / 1000));
        const contentCheck = {
          runs: checkRuns.length,
          seconds: checkSeconds,
          articlesPerSecond: count / checkSeconds,
          exitCode: checkRuns.at(-1)?.code ?? 0,
        };
        console.log(
          `content:check: ${contentCheck.seconds.toFixed(1)} s, ${contentCheck.articlesPerSecond.toFixed(0)} articles/s (median of ${checkRuns.length}, exit ${contentCheck.exitCode})`,
        );
        if (options.checkOnly) {
          sizes.push({
            articles: count,
            loader,
            contentCheck,
            builds: [],
            weights: {},
            throughput: {},
          });
          rmSync(contentDir, { recursive: true, force: true });
          continue;
        }

        const builds = [];
        for (const cpus of options.cpus) {
          const runs = [];
          for (let index = 0; index < options.buildRuns; index += 1) {
            runs.push(await measureBuild(contentDir, distDir, cpus));
          }
          const build = {
            cpus,
            runs: runs.length,
            seconds: median(runs.map((r) => r.seconds)),
            peakRssMb: median(runs.map((r) => r.peakRssMb)),
            memory: runs.at(-1)?.memory,
            reads: runs.at(-1)?.reads,
          };
          builds.push(build);
          console.log(
            `build (cpus ${cpus}): ${build.seconds.toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB, reads ${JSON.stringify(build.reads)}, memory ${JSON.stringify(build.memory)}`,
          );
        }

        // The last build (of the last --cpus value) is served for weights and load,
        // by the site's server from the completed bundle, as deployed.
        completeStandalone(root, distDir);
        const server = await startServer(
          options.port,
          {
            CONTENT_DIR: path.resolve(contentDir),
            NEXT_DIST_DIR: distDir,
            // Each size gets an empty search index (filled by its first search).
            SEARCH_DB: path.join(work, `search-${count}.db`),
            NEWSLETTER_DB: path.join(work, `newsletter-${count}.db`),
          },
          distDir,
        );
        // slugs are oldest first: the newest is prerendered, the oldest ones are not.
        const newest = slugs.at(-1) ?? "";
        const archivedSlugs = slugs.slice(0, Math.max(0, slugs.length - prerendered));
        const pages = {
          article: `/articles/${newest}`,
          archived: `/articles/${archivedSlugs[0] ?? newest}`,
          front: "/",
          notFound: "/no-such-page",
        };
        const weights: Record<string, unknown> = {};
        const throughput: Record<string, unknown> = {};
        let proxy: Awaited<ReturnType<typeof measureProxy>> | undefined;
        let requests: Requests | undefined;
        const serverMemoryMb: Record<string, number> = {};
        const serverPid = server.process.pid ?? 0;
        try {
          // The readiness request was a prerendered page; the first article
          // request loads the archive into the server (timed on its own).
          const answering = performance.now();
          const loading = await timeEach([`${server.url}${pages.archived}`]);
          serverMemoryMb.afterStart = treeRssBytes(serverPid) / 1024 / 1024;
          // The server starts indexing for search once it listens; what follows
          // is measured once that is done, not beside it.
          const searchReadyMs = await waitForSearchIndex(server.url, answering);
          requests = {
            firstAfterStart: loading,
            ...(searchReadyMs === undefined ? {} : { searchReadyMs }),
            ...(await measureRequests(server.url, newest, archivedSlugs.slice(1))),
          };
          for (const [name, pagePath] of Object.entries(pages))
            weights[name] = await weigh(`${server.url}${pagePath}`);
          for (const [name, pagePath] of Object.entries(pages)) {
            const runs = name === "article" || name === "front" ? options.loadRuns : 1;
            const loads = [];
            for (let i = 0; i < runs; i++)
              loads.push(await load(`${server.url}${pagePath}`, options.seconds));
            throughput[name] = { ...medianRun(loads), runs };
            console.log(
              `${name}: ${JSON.stringify(weights[name])} ${JSON.stringify(throughput[name])}`,
            );
          }
          proxy = await measureProxy({
            options,
            work,
            distDir,
            slug: newest,
            direct: throughput.article as LoadResult,
          });
          serverMemoryMb.afterLoad = treeRssBytes(serverPid) / 1024 / 1024;
          console.log(`server memory: ${JSON.stringify(serverMemoryMb)}`);
        } finally {
          await server.stop();
        }
        const baseline = await measureBaseline({ options, contentDir, slug: newest });
        const ratios = {
          articleVsBaseline:
            (throughput.article as LoadResult).requestsPerSecond / baseline.load.requestsPerSecond,
          frontVsBaseline:
            (throughput.front as LoadResult).requestsPerSecond / baseline.load.requestsPerSecond,
          articleVsStatic:
            (throughput.article as LoadResult).requestsPerSecond /
            (proxy?.staticFile.requestsPerSecond ?? Number.NaN),
        };
        console.log(`ratios: ${JSON.stringify(ratios)}`);
        sizes.push({
          articles: count,
          prerenderedArticles: Math.min(prerendered, count),
          loader,
          contentCheck,
          builds,
          weights,
          throughput,
          proxy,
          requests,
          serverMemoryMb,
          baseline,
          ratios,
        });
        rmSync(contentDir, { recursive: true, force: true });
      } catch (error) {
        // One size that fails (a build out of memory at 50,000 articles, say) is
        // reported with its reason; the other sizes are still measured.
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`${count} articles failed: ${reason}`);
        failures.push({ articles: count, reason: reason.slice(-1500) });
        rmSync(contentDir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(path.join(root, distDir), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }

  const result = {
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
    },
    options,
    sizes,
    failures,
  };
  const resultsDir = path.join(root, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const doc = path.join(root, "docs", "performance.md");
  // A check-only run has no build or server numbers: it fills its own table and leaves the full run's.
  if (options.checkOnly) writeCheckDoc(doc, result);
  else {
    writePerformanceDoc(doc, result);
    const points = sizes.flatMap((size) => {
      const build = size.builds.at(-1);
      return build
        ? [{ articles: size.articles, seconds: build.seconds, peakMb: build.peakRssMb }]
        : [];
    });
    writeFileSync(
      path.join(root, "docs", CHART_FILE),
      buildChart(
        points,
        BUILD_MEMORY_GOAL_MB,
        failures.map((failure) => failure.articles),
      ),
    );
  }
  console.log(`\nWrote ${path.relative(root, file)} and docs/performance.md`);
  // Old result files stay; list them so the reader sees what exists.
  console.log(
    readdirSync(resultsDir)
      .filter((name) => name.endsWith(".json"))
      .join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
