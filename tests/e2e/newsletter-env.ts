import { tmpdir } from "node:os";
import path from "node:path";
import { settings } from "@/lib/config";

/** The port of the server Playwright starts (see playwright.config.ts). */
export const e2ePort = settings().E2E_PORT;

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
