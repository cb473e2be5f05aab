import { tmpdir } from "node:os";
import path from "node:path";
import { settings } from "@/lib/config";

/**
 * The servers Playwright starts (playwright.config.ts) and what the tests
 * need to know of them, in one place: the config and the tests import this.
 */

/** The port of the main server; `npm run test:e2e` builds for its origin. */
export const e2ePort = settings().E2E_PORT;

/** The origin every server of the browser tests answers for (canonical links, feeds, emails). */
export const e2eSiteUrl = `http://127.0.0.1:${e2ePort}`;

/**
 * Where the main server keeps its newsletter database and writes its emails:
 * a fixed folder per port, emptied when the server starts, so the tests (in
 * other processes) can read both.
 */
export const e2eData = (() => {
  const dir = path.join(tmpdir(), `dateline-e2e-${e2ePort}`);
  return {
    dir,
    db: path.join(dir, "newsletter.db"),
    searchDb: path.join(dir, "search.db"),
    outbox: path.join(dir, "outbox"),
  };
})();

/** The signup limit per client during the browser tests: low, so a test can reach it. */
export const e2eRateLimit = 3;

/**
 * A second server of the same build on a scratch copy of content/, so the
 * publishing tests can add, edit and break files while it runs.
 */
export const liveServer = (() => {
  const port = e2ePort + 1;
  const contentDir = path.join(tmpdir(), `dateline-e2e-live-${port}`);
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    contentDir,
    articlesDir: path.join(contentDir, "articles"),
    authorsDir: path.join(contentDir, "authors"),
    previewSecret: "e2e-preview-secret",
  };
})();
