import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const livePort = port + 1;

/**
 * A second server runs the same build on a scratch copy of content/, so the
 * publishing tests can add, edit and break files while it runs.
 */
const liveContentDir = path.join(os.tmpdir(), `dateline-e2e-live-${livePort}`);
process.env.LIVE_CONTENT_DIR = liveContentDir;
process.env.LIVE_BASE_URL = `http://127.0.0.1:${livePort}`;
process.env.LIVE_PREVIEW_SECRET = "e2e-preview-secret";

const nextStart = (serverPort: number) =>
  `node node_modules/next/dist/bin/next start --port ${serverPort} --hostname 127.0.0.1`;

/**
 * Browser tests run in real Chromium against the production build
 * (`npm run test:e2e` builds first), served by `next start`.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /crawl\.spec\.ts/ },
    // Server-side behaviour is the same for every device; phones run the reader-facing tests.
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      testIgnore: /(crawl|publishing)\.spec\.ts/,
    },
    // Plain HTTP requests, as search engines and feed readers make them: no browser at all.
    { name: "crawler", testMatch: /crawl\.spec\.ts/ },
  ],
  webServer: [
    {
      command: nextStart(port),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `rm -rf "${liveContentDir}" && mkdir -p "${liveContentDir}" && cp -r content/articles content/authors "${liveContentDir}/" && exec ${nextStart(livePort)}`,
      url: `http://127.0.0.1:${livePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: liveContentDir,
        PREVIEW_SECRET: process.env.LIVE_PREVIEW_SECRET,
      },
    },
  ],
});
