import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2ePort } from "../servers";
import { startServer, stopServer, type Server } from "./production-server";

const servers: Server[] = [];
let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dateline-health-test-"));
});

test.afterEach(async () => {
  for (const server of servers.splice(0)) await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

/** Ports of this worker's own servers: E2E_PORT + 20 and up (production-server.spec uses +10..). */
const ownPort = () => e2ePort + 20 + test.info().parallelIndex;

const buildId = () => readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();

test("healthz answers 200 with the build id and the article count when all is well", async () => {
  const port = ownPort();
  servers.push(await startServer(port, { NEWSLETTER_DB: path.join(dir, "newsletter.db") }));
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toContain("no-store");
  const report = (await response.json()) as Record<string, unknown>;
  expect(report).toMatchObject({
    status: "ok",
    buildId: buildId(),
    database: "sqlite",
    checks: { content: "ok", subscriberDatabase: "ok" },
  });
  expect(report.articles).toBeGreaterThanOrEqual(7);
  // Asking started indexing for search (the server asked once it listened): done soon for this content.
  await expect
    .poll(
      async () => {
        const again = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
          checks: { search: string };
        };
        return again.checks.search;
      },
      { timeout: 15_000 },
    )
    .toBe("ok");
});

test("healthz answers 503 and names the problem when the subscriber database is broken", async () => {
  const port = ownPort();
  // A folder where the database file should be: SQLite cannot open it.
  servers.push(await startServer(port, { NEWSLETTER_DB: dir }));
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(response.status).toBe(503);
  const report = (await response.json()) as {
    status: string;
    checks: { content: string; subscriberDatabase: string };
  };
  expect(report.status).toBe("failing");
  expect(report.checks.content).toBe("ok");
  expect(report.checks.subscriberDatabase).not.toBe("ok");
  // Readers are still served.
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
});

test("search says it is unavailable, with the full page and no 500, when its database cannot be opened", async () => {
  const port = ownPort();
  // A folder where the search index's file should be: SQLite cannot open it.
  servers.push(
    await startServer(port, { NEWSLETTER_DB: path.join(dir, "newsletter.db"), SEARCH_DB: dir }),
  );
  const response = await fetch(`http://127.0.0.1:${port}/search?q=ferry`);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain("Search is not available right now");
  // The way on: the sections, and the search form to try again.
  expect(html).toMatch(/<a[^>]+href="\/sections\/[a-z-]+"/);
  expect(html).toContain('action="/search"');
  // The instance still serves readers: healthy, with the search problem named.
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  const report = (await health.json()) as { checks: { search: string } };
  expect(report.checks.search).not.toMatch(/^(ok|preparing)$/);
  expect(report.checks.search.length).toBeGreaterThan(0);
});

test("healthz checks PostgreSQL when DATABASE_URL is set, and answers 503 when it cannot be reached", async () => {
  const port = ownPort();
  // Nothing listens on port 1: the check fails fast (connection refused), the site still serves.
  servers.push(
    await startServer(port, {
      DATABASE_URL: "postgresql://dateline@127.0.0.1:1/dateline",
      NEWSLETTER_DB: path.join(dir, "newsletter.db"),
    }),
  );
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(response.status).toBe(503);
  const report = (await response.json()) as {
    database: string;
    checks: { content: string; subscriberDatabase: string };
  };
  expect(report.database).toBe("postgresql");
  expect(report.checks.content).toBe("ok");
  expect(report.checks.subscriberDatabase).toMatch(/ECONNREFUSED|connect/);
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
});
