import { tmpdir } from "node:os";
import path from "node:path";

/** The port of the server Playwright starts (see playwright.config.ts). */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

/**
 * Where the browser tests' server keeps its newsletter database and writes
 * its emails: a fixed folder per port, emptied when the server starts, so the
 * tests (in other processes) can read both.
 */
export const e2eData = (() => {
  const dir = path.join(tmpdir(), `dateline-e2e-${e2ePort}`);
  return { dir, db: path.join(dir, "newsletter.db"), outbox: path.join(dir, "outbox") };
})();

/** The signup limit per client during the browser tests: low, so a test can reach it. */
export const e2eRateLimit = 3;
