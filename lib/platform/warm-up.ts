import type { AddressInfo } from "node:net";
import { z } from "zod";
import { pathTo } from "../routes";

/** Where this server can reach itself: its own address, or loopback when it listens on every address. */
export function loopbackOrigin(address: AddressInfo | string | null): string {
  if (address === null || typeof address === "string") {
    throw new Error(`expected the server to listen on a TCP port, got ${String(address)}`);
  }
  const host =
    address.address === "0.0.0.0"
      ? "127.0.0.1"
      : address.address === "::"
        ? "::1"
        : address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

const healthReport = z.object({
  articles: z.number().nullable(),
  checks: z.record(z.string(), z.string()),
});

/**
 * Loads the content as soon as the server listens, by asking its own health
 * check (which loads it), instead of on the first reader's request: a large
 * archive takes a while to load (docs/performance.md, "Server memory and what
 * grows"), and a restarted instance should not make its first readers wait
 * for it. Says how long it took, or what failed; never throws.
 */
export async function loadContentEarly(
  origin: string,
  log: (message: string) => void,
  clock: () => number = Date.now,
): Promise<void> {
  const started = clock();
  try {
    const response = await fetch(new URL(pathTo("health"), origin));
    const report = healthReport.parse(await response.json());
    const seconds = ((clock() - started) / 1000).toFixed(1);
    if (report.articles === null) {
      log(`Content could not be loaded at start (${seconds} s): ${JSON.stringify(report.checks)}`);
    } else {
      // Asking the health check also started indexing for search (lib/health.ts).
      const search = report.checks.search;
      log(
        `Content loaded at start in ${seconds} s: ${report.articles} published articles` +
          (search === undefined ? "" : `; search index: ${search}`),
      );
    }
  } catch (error) {
    log(
      `Content could not be loaded at start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
