import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { e2ePort } from "../servers";
import { post, startServer, stopServer, type Server } from "./production-server";

const servers: Server[] = [];
let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dateline-server-test-"));
});

test.afterEach(async () => {
  for (const server of servers.splice(0)) await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

/** Ports of this worker's own servers: E2E_PORT + 10 and up, two per parallel worker. */
const ownPort = (offset: 0 | 1) => e2ePort + 10 + test.info().parallelIndex * 2 + offset;

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

test("durability: every signup acknowledged before a SIGKILL is in the database after restart", async () => {
  test.setTimeout(120_000);
  const port = ownPort(0);
  const env = {
    NEWSLETTER_DB: path.join(dir, "newsletter.db"),
    NEWSLETTER_OUTBOX: path.join(dir, "outbox"),
    NEWSLETTER_RATE_LIMIT: "100000",
    SITE_URL: `http://127.0.0.1:${port}`,
  };
  const server = await startServer(port, env);
  servers.push(server);

  const total = 120;
  const killAfter = 60;
  const acknowledged: string[] = [];
  let killed = false;
  const addresses = Array.from({ length: total }, (_, i) => `durable${i}@example.com`);
  // Eight requests in flight at a time; the kill lands while others are being processed.
  let next = 0;
  async function client() {
    while (next < addresses.length && !killed) {
      const address = addresses[next++]!;
      try {
        const reply = await post(
          port,
          "/newsletter/subscribe",
          form({ email: address, source: "/articles/durability", website: "" }),
          {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            origin: `http://127.0.0.1:${port}`,
          },
        );
        if (reply.status === 200 && JSON.parse(reply.body).outcome === "accepted") {
          acknowledged.push(address);
          if (acknowledged.length === killAfter && !killed) {
            killed = true;
            server.process.kill("SIGKILL");
          }
        }
      } catch {
        // The connection died with the server: not acknowledged, so nothing was promised.
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, client));
  await server.exited;
  expect(server.process.signalCode).toBe("SIGKILL");
  expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

  // Opening the file runs SQLite's recovery from the write-ahead log, as a restart does.
  const db = new Database(env.NEWSLETTER_DB);
  const stored = new Set(
    (db.prepare("SELECT email FROM subscribers").all() as { email: string }[]).map((r) => r.email),
  );
  db.close();
  expect(acknowledged.filter((address) => !stored.has(address))).toEqual([]);

  // The restarted server works on the same file, and the operator's export lists everyone.
  const restarted = await startServer(port, env);
  servers.push(restarted);
  const again = await post(
    port,
    "/newsletter/subscribe",
    form({ email: "after-restart@example.com", website: "" }),
    {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      origin: `http://127.0.0.1:${port}`,
    },
  );
  expect(again.status).toBe(200);
  const { stdout } = await promisify(execFile)(
    "npm",
    ["run", "--silent", "subscribers", "--", "export"],
    {
      env: { ...process.env, NEWSLETTER_DB: env.NEWSLETTER_DB },
    },
  );
  const exported = new Set(stdout.split("\r\n").map((line) => line.split(",")[0]));
  for (const address of [...acknowledged, "after-restart@example.com"]) {
    expect(exported.has(address), address).toBe(true);
  }
});

test("abuse over HTTP: socket-address rate limit despite spoofed X-Forwarded-For, 403, 413, 415, 303", async () => {
  test.setTimeout(60_000);
  const port = ownPort(1);
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer(port, {
    NEWSLETTER_DB: path.join(dir, "newsletter.db"),
    NEWSLETTER_OUTBOX: path.join(dir, "outbox"),
    NEWSLETTER_RATE_LIMIT: "2",
    SITE_URL: origin,
  });
  servers.push(server);
  const headers = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
    origin,
  };
  const signup = (email: string, extra: Record<string, string> = {}, from?: string) =>
    post(
      port,
      "/newsletter/subscribe",
      form({ email, website: "" }),
      { ...headers, ...extra },
      from,
    );

  // Without TRUSTED_PROXY, a client cannot pose as many by inventing X-Forwarded-For values.
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    statuses.push(
      (await signup(`spoof${i}@example.com`, { "x-forwarded-for": `203.0.113.${i}` })).status,
    );
  }
  expect(statuses).toEqual([200, 200, 429]);
  const limited = await signup("spoof9@example.com", { "x-forwarded-for": "198.51.100.9" });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(limited.body).message).toMatch(/Too many attempts/);
  // A client on another address (here another loopback address) has its own allowance.
  expect((await signup("other@example.com", {}, "127.0.0.2")).status).toBe(200);

  // Refusals, whoever sends them.
  expect(
    (await signup("x@example.com", { origin: "https://evil.example" }, "127.0.0.3")).status,
  ).toBe(403);
  const huge = await post(
    port,
    "/newsletter/subscribe",
    form({ email: "big@example.com", padding: "a".repeat(100_000) }),
    headers,
    "127.0.0.3",
  );
  expect(huge.status).toBe(413);
  const json = await post(
    port,
    "/newsletter/subscribe",
    '{"email":"j@example.com"}',
    {
      ...headers,
      "content-type": "application/json",
    },
    "127.0.0.3",
  );
  expect(json.status).toBe(415);

  // A plain form post (no JavaScript) is answered with 303 to a result page.
  const plain = await post(
    port,
    "/newsletter/subscribe",
    form({ email: "plain@example.com", website: "" }),
    {
      "content-type": "application/x-www-form-urlencoded",
      origin,
    },
    "127.0.0.3",
  );
  expect(plain.status).toBe(303);
  expect(plain.headers.location).toBe("/newsletter/check-your-inbox");

  const db = new Database(path.join(dir, "newsletter.db"), { readonly: true });
  const emails = (
    db.prepare("SELECT email FROM subscribers ORDER BY email").all() as { email: string }[]
  ).map((r) => r.email);
  db.close();
  expect(emails).toEqual([
    "other@example.com",
    "plain@example.com",
    "spoof0@example.com",
    "spoof1@example.com",
  ]);
});
