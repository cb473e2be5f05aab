import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

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
    { name: "phone", use: { ...devices["Pixel 7"] }, testIgnore: /crawl\.spec\.ts/ },
    // Plain HTTP requests, as search engines and feed readers make them: no browser at all.
    { name: "crawler", testMatch: /crawl\.spec\.ts/ },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
