import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { standaloneDir, standaloneServer, type StandaloneServer } from "./lib/build/standalone";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium";
import { e2eData, e2ePort, e2eRateLimit, e2eSiteUrl, liveServer } from "./tests/e2e/servers";

const root = import.meta.dirname;
/** `npm run test:e2e` (scripts/e2e.ts) builds and completes it before Playwright starts. */
const bundle = standaloneDir(root, ".next");

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A Playwright web server running the standalone bundle, as `npm start` and deployments do. */
function webServer(run: StandaloneServer, port: number, prepare: string) {
  return {
    command: `${prepare} && exec ${[run.command, ...run.args].map(quote).join(" ")}`,
    cwd: run.cwd,
    env: Object.fromEntries(
      Object.entries(run.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  };
}

/**
 * Browser tests run in real Chromium against the production build, served
 * by the standalone server (`node .next/standalone/dateline-server.cjs`). Tests in
 * tests/e2e/server/ start production servers of their own (no browser).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // No retries: a test that fails once is a bug to find, not to cushion.
  retries: 0,
  reporter: [["list"]],
  // Pages render on demand after content changes, and a journey through the
  // newsletter takes several round trips: a busy CI machine needs time.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: e2eSiteUrl,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [/(crawl|headers|fuzz)\.spec\.ts/, /server\//],
    },
    // Server-side behaviour is the same for every device; phones run the reader-facing tests.
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      testIgnore: [
        /(crawl|headers|fuzz|publishing|budgets|caching|lighthouse)\.spec\.ts/,
        /server\//,
      ],
    },
    // Plain HTTP requests, as search engines and feed readers make them: no browser at all.
    { name: "crawler", testMatch: /(crawl|headers|fuzz)\.spec\.ts/ },
    // Production servers of the tests' own, started and killed by the tests.
    { name: "server", testMatch: /server\/.*\.spec\.ts/ },
  ],
  webServer: [
    webServer(
      standaloneServer(bundle, {
        port: e2ePort,
        hostname: "127.0.0.1",
        env: {
          ...process.env,
          SITE_URL: e2eSiteUrl,
          CONTENT_DIR: path.join(root, "content"),
          NEWSLETTER_DB: e2eData.db,
          SEARCH_DB: e2eData.searchDb,
          NEWSLETTER_OUTBOX: e2eData.outbox,
          NEWSLETTER_RATE_LIMIT: String(e2eRateLimit),
          // The tests act as a trusted proxy: each gives its own client address in
          // X-Forwarded-For, so one test's attempts never count against another's.
          TRUSTED_PROXY: "1",
        },
      }),
      e2ePort,
      // A fresh newsletter database and outbox for every run.
      `rm -rf ${quote(e2eData.dir)}`,
    ),
    webServer(
      standaloneServer(bundle, {
        port: liveServer.port,
        hostname: "127.0.0.1",
        env: {
          ...process.env,
          SITE_URL: e2eSiteUrl,
          CONTENT_DIR: liveServer.contentDir,
          PREVIEW_SECRET: liveServer.previewSecret,
          NEWSLETTER_DB: path.join(liveServer.contentDir, "newsletter.db"),
          SEARCH_DB: path.join(liveServer.contentDir, "search.db"),
          NEWSLETTER_OUTBOX: path.join(liveServer.contentDir, "outbox"),
        },
      }),
      liveServer.port,
      `rm -rf ${quote(liveServer.contentDir)} && mkdir -p ${quote(liveServer.contentDir)} && cp -r ${quote(path.join(root, "content", "articles"))} ${quote(path.join(root, "content", "authors"))} ${quote(liveServer.contentDir)}/`,
    ),
  ],
});
