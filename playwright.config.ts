import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium";
import { e2eData, e2ePort as port, e2eRateLimit } from "./tests/e2e/newsletter-env";

/**
 * The origin the servers answer on: `npm run test:e2e` (scripts/e2e.ts) builds
 * for it and sets SITE_URL to it, so the tests' own imports of lib/site.ts see it too.
 */
const siteUrl = `http://127.0.0.1:${port}`;

/**
 * A second server runs the same build on a scratch copy of content/, so the
 * publishing tests can add, edit and break files while it runs.
 */
const livePort = port + 1;
const liveContentDir = path.join(os.tmpdir(), `dateline-e2e-live-${livePort}`);
process.env.LIVE_CONTENT_DIR = liveContentDir;
process.env.LIVE_BASE_URL = `http://127.0.0.1:${livePort}`;
process.env.LIVE_PREVIEW_SECRET = "e2e-preview-secret";

const nextStart = (serverPort: number) =>
  `exec node node_modules/next/dist/bin/next start --port ${serverPort} --hostname 127.0.0.1`;

/**
 * Browser tests run in real Chromium against the production build
 * (`npm run test:e2e` builds first), served by `next start`. Tests in
 * tests/e2e/server/ start production servers of their own (no browser).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // One retry: a test that fails once and passes on retry is reported as
  // "flaky" in the list, never hidden; one that fails twice fails the run.
  retries: 1,
  reporter: [["list"]],
  // Pages render on demand after content changes, and a journey through the
  // newsletter takes several round trips: a busy CI machine needs time.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [/(crawl|headers)\.spec\.ts/, /server\//],
    },
    // Server-side behaviour is the same for every device; phones run the reader-facing tests.
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      testIgnore: [/(crawl|headers|publishing|budgets|caching|lighthouse)\.spec\.ts/, /server\//],
    },
    // Plain HTTP requests, as search engines and feed readers make them: no browser at all.
    { name: "crawler", testMatch: /(crawl|headers)\.spec\.ts/ },
    // Production servers of the tests' own, started and killed by the tests.
    { name: "server", testMatch: /server\/.*\.spec\.ts/ },
  ],
  webServer: [
    {
      // A fresh newsletter database and outbox for every run.
      command: `rm -rf '${e2eData.dir}' && ${nextStart(port)}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: siteUrl,
        NEWSLETTER_DB: e2eData.db,
        NEWSLETTER_OUTBOX: e2eData.outbox,
        NEWSLETTER_RATE_LIMIT: String(e2eRateLimit),
        // The tests act as a trusted proxy: each gives its own client address in
        // X-Forwarded-For, so one test's attempts never count against another's.
        TRUSTED_PROXY: "1",
      },
    },
    {
      command: `rm -rf '${liveContentDir}' && mkdir -p '${liveContentDir}' && cp -r content/articles content/authors '${liveContentDir}/' && ${nextStart(livePort)}`,
      url: `http://127.0.0.1:${livePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: siteUrl,
        CONTENT_DIR: liveContentDir,
        PREVIEW_SECRET: process.env.LIVE_PREVIEW_SECRET,
        NEWSLETTER_DB: path.join(liveContentDir, "newsletter.db"),
        NEWSLETTER_OUTBOX: path.join(liveContentDir, "outbox"),
      },
    },
  ],
});
