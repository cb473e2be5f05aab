import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium";
import { e2eData, e2ePort as port, e2eRateLimit } from "./tests/e2e/newsletter-env";

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
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    { name: "desktop", testIgnore: /server\//, use: { ...devices["Desktop Chrome"] } },
    { name: "phone", testIgnore: /server\//, use: { ...devices["Pixel 7"] } },
    { name: "server", testMatch: /server\/.*\.spec\.ts/ },
  ],
  webServer: {
    // A fresh newsletter database and outbox for every run.
    command: `rm -rf '${e2eData.dir}' && exec node node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
      NEWSLETTER_DB: e2eData.db,
      NEWSLETTER_OUTBOX: e2eData.outbox,
      NEWSLETTER_RATE_LIMIT: String(e2eRateLimit),
      // The tests act as a trusted proxy: each gives its own client address in
      // X-Forwarded-For, so one test's attempts never count against another's.
      TRUSTED_PROXY: "1",
    },
  },
});
