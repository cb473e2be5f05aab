import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { frameworkRuntimeIn } from "../../support/framework-runtime";
import { e2ePort, e2eSiteUrl } from "../servers";
import { e2eBundle, startServer, stopServer, type Server } from "./production-server";

/**
 * The build prerenders the newest articles (PRERENDER_ARTICLES; the browser
 * tests' build keeps 8, scripts/e2e.ts) and renders the archive behind them on
 * first request. Readers and crawlers must not be able to tell the two apart.
 */

const servers: Server[] = [];
const scratch: string[] = [];

test.afterEach(async () => {
  for (const server of servers.splice(0)) await stopServer(server);
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Ports of this worker's own servers: E2E_PORT + 30 and up (health.spec uses +20..). */
const ownPort = () => e2ePort + 30 + test.info().parallelIndex;

type Manifest = { routes: Record<string, unknown> };
const manifestFile = (bundle: string) => path.join(bundle, ".next", "prerender-manifest.json");
const readManifest = (bundle: string): Manifest =>
  JSON.parse(readFileSync(manifestFile(bundle), "utf8")) as Manifest;

function prerendered(prefix: string): string[] {
  return Object.keys(readManifest(e2eBundle).routes).filter((route) => route.startsWith(prefix));
}

/** The site's stories, newest first, from its JSON feed (paths). */
async function newestStories(): Promise<string[]> {
  const feed = (await (await fetch(`http://127.0.0.1:${e2ePort}/feed.json`)).json()) as {
    items: { url: string }[];
  };
  return feed.items.map((item) => item.url.replace(e2eSiteUrl, ""));
}

/**
 * Everything but the headers that differ between any two answers: the time,
 * and Next's own notes of where it found the page (x-nextjs-cache says MISS,
 * HIT or STALE; x-nextjs-prerender repeats itself for a page from the build).
 */
function comparable(response: Response): Record<string, string> {
  const headers = Object.fromEntries(response.headers);
  for (const name of ["date", "age", "x-nextjs-cache", "x-nextjs-prerender"]) delete headers[name];
  return headers;
}

test("the build prerenders only the newest articles and the first page of each listing", async () => {
  const articles = (await newestStories()).filter((url) => url.startsWith("/articles/"));
  const built = prerendered("/articles/");
  expect(built.length).toBeGreaterThan(0);
  expect(built.length).toBeLessThan(articles.length);
  expect(new Set(built)).toEqual(new Set(articles.slice(0, built.length)));
  expect(prerendered("/sections/")).toContain("/sections/europe");
  expect(
    Object.keys(readManifest(e2eBundle).routes).filter((route) => /\/page\/\d+$/.test(route)),
  ).toEqual([]);
});

test("an archived article is rendered on its first request, complete, then served as cached", async () => {
  const built = new Set(prerendered("/articles/"));
  const archived = (await newestStories()).filter(
    (url) => url.startsWith("/articles/") && !built.has(url),
  );
  const [prerenderedPath] = built;
  expect(archived.length).toBeGreaterThan(0);
  const port = ownPort();
  servers.push(await startServer(port, { SITE_URL: e2eSiteUrl }));
  const reference = await fetch(`http://127.0.0.1:${port}${prerenderedPath}`);
  for (const url of archived) {
    const first = await fetch(`http://127.0.0.1:${port}${url}`);
    const html = await first.text();
    expect(first.status, url).toBe(200);
    expect(html, url).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(frameworkRuntimeIn(html), url).toEqual([]);
    // The same kind of answer as a prerendered article: the same headers, by name and value.
    const headers = comparable(first);
    const expected = comparable(reference);
    for (const name of ["content-length", "etag", "link"]) {
      delete headers[name];
      delete expected[name];
    }
    expect(headers, url).toEqual(expected);
    const again = await fetch(`http://127.0.0.1:${port}${url}`);
    expect(await again.text(), url).toBe(html);
    const etag = first.headers.get("etag") ?? "";
    expect(again.headers.get("etag"), url).toBe(etag);
    // A cache holding this copy revalidates it without the body.
    const unchanged = await fetch(`http://127.0.0.1:${port}${url}`, {
      headers: { "if-none-match": etag },
    });
    expect(unchanged.status, url).toBe(304);
    expect(await unchanged.text(), url).toBe("");
  }
});

test("an article rendered on first request has the same HTML and headers as when it is prerendered", async () => {
  const [article] = prerendered("/articles/");
  if (!article) throw new Error("the build prerendered no article");
  // A copy of the build in which this article was never prerendered.
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-archive-"));
  scratch.push(dir);
  const copy = path.join(dir, "bundle");
  cpSync(e2eBundle, copy, { recursive: true, verbatimSymlinks: true });
  const manifest = readManifest(copy);
  delete manifest.routes[article];
  writeFileSync(manifestFile(copy), JSON.stringify(manifest));
  const pages = path.join(copy, ".next", "server", "app", "articles");
  const slug = article.slice("/articles/".length);
  const files = readdirSync(pages).filter((name) => name.replace(/\.[a-z]+$/, "") === slug);
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) rmSync(path.join(pages, name), { recursive: true, force: true });

  const ports = [ownPort(), ownPort() + 10];
  servers.push(await startServer(ports[0]!, { SITE_URL: e2eSiteUrl }));
  servers.push(await startServer(ports[1]!, { SITE_URL: e2eSiteUrl }, copy));
  const [fromBuild, onRequest] = await Promise.all(
    ports.map((port) => fetch(`http://127.0.0.1:${port}${article}`)),
  );
  expect(onRequest!.status).toBe(200);
  expect(await onRequest!.text()).toBe(await fromBuild!.text());
  expect(comparable(onRequest!)).toEqual(comparable(fromBuild!));
});
