import { frameworkRuntimeIn } from "../support/framework-runtime";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { settings } from "@/lib/config";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { ensureStandaloneBuild, startInstance, startNginx, type Child } from "../support/cluster";
import { linkToken, readOutbox, recipient } from "../support/newsletter";

/**
 * The deployment of docs/deploy.md, on loopback: a throwaway PostgreSQL, two
 * standalone instances sharing DATABASE_URL and the Server Actions key, and
 * nginx with deploy/nginx.conf in front. Everything is stopped and removed
 * in afterAll, also when a check fails.
 */

const nginxPort = settings().CLUSTER_PORT;
const instancePorts = [nginxPort + 1, nginxPort + 2] as const;
const origin = `http://127.0.0.1:${nginxPort}`;
const article = "/articles/venezuelan-soldiers-desert-posts";

let work: string;
let databaseName: string;
let databaseUrl: string;
let instances: Child[] = [];
let nginx: Child | undefined;
const outboxes = instancePorts.map((port) => `outbox-${port}`);

async function sql<T extends pg.QueryResultRow>(query: string, url = databaseUrl): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(query)).rows;
  } finally {
    await client.end();
  }
}

function signup(email: string): Promise<Response> {
  return fetch(`${origin}/newsletter/subscribe`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      origin,
    },
    body: new URLSearchParams({ email, source: article, website: "" }).toString(),
    signal: AbortSignal.timeout(30_000),
  });
}

async function accepted(response: Response): Promise<boolean> {
  if (response.status !== 200) return false;
  const body = (await response.json()) as { outcome?: string };
  return body.outcome === "accepted";
}

const emailsIn = (outbox: string) => {
  try {
    return readdirSync(path.join(work, outbox)).filter((name) => name.endsWith(".eml")).length;
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  const { bundle, siteUrl } = ensureStandaloneBuild();
  work = mkdtempSync(path.join(tmpdir(), "dateline-cluster-"));
  const server = inject("testDatabaseUrl");
  databaseName = `dateline_cluster_${randomBytes(4).toString("hex")}`;
  await sql(`CREATE DATABASE ${databaseName}`, server);
  const url = new URL(server);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();

  // What docs/deploy.md asks of every instance: the same database, the same
  // Server Actions key, and TRUSTED_PROXY=1 behind nginx.
  const shared = {
    DATABASE_URL: databaseUrl,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    TRUSTED_PROXY: "1",
    SITE_URL: siteUrl,
    // Must not be used while DATABASE_URL is set (checked at the end).
    NEWSLETTER_DB: path.join(work, "must-not-exist.db"),
    // Every signup of the test comes from 127.0.0.1, and each instance counts on its own.
    NEWSLETTER_RATE_LIMIT: "100000",
  };
  instances = await Promise.all(
    instancePorts.map((port, index) =>
      startInstance(bundle, port, {
        ...shared,
        // Each instance writes its emails to its own folder: they show who took a signup.
        NEWSLETTER_OUTBOX: path.join(work, outboxes[index]!),
      }),
    ),
  );
  nginx = await startNginx({
    prefix: path.join(work, "nginx"),
    port: nginxPort,
    upstreams: [...instancePorts],
  });
});

// A failed check shows what the servers said.
beforeEach(({ onTestFailed }) =>
  onTestFailed(() => {
    for (const child of [...instances, nginx]) if (child) console.log(child.log());
  }),
);

afterAll(async () => {
  await nginx?.stop("SIGTERM");
  await Promise.all(instances.map((instance) => instance.stop()));
  if (databaseName) {
    await sql(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`, inject("testDatabaseUrl"));
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("two instances behind nginx, sharing PostgreSQL", () => {
  it("serves pages from nginx's cache: a second request is a HIT, with the same body and status", async () => {
    for (const pathname of ["/", article, "/feed.xml"]) {
      const first = await fetch(`${origin}${pathname}`);
      const firstBody = await first.text();
      expect(first.status, pathname).toBe(200);
      expect(first.headers.get("x-cache-status"), pathname).toMatch(/MISS|HIT|EXPIRED|STALE/);
      const second = await fetch(`${origin}${pathname}`);
      expect(second.status, pathname).toBe(200);
      expect(second.headers.get("x-cache-status"), pathname).toBe("HIT");
      expect(await second.text()).toBe(firstBody);
      // nginx keeps the page as the site's server sent it: without the framework runtime.
      expect(frameworkRuntimeIn(firstBody), pathname).toEqual([]);
    }

    // An unknown page keeps its 404 status, cached too.
    for (const expected of [/MISS|EXPIRED/, /HIT/]) {
      const missing = await fetch(`${origin}/no-such-page-${nginxPort}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-cache-status")).toMatch(expected);
      await missing.arrayBuffer();
    }

    // Hashed assets: cached, immutable, compressed.
    const html = await (await fetch(`${origin}${article}`)).text();
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(asset, "a /_next/static asset in the article page").toBeDefined();
    await (await fetch(`${origin}${asset}`)).arrayBuffer();
    const cached = await fetch(`${origin}${asset}`, { headers: { "accept-encoding": "gzip" } });
    await cached.arrayBuffer();
    expect(cached.status).toBe(200);
    expect(cached.headers.get("x-cache-status")).toBe("HIT");
    expect(cached.headers.get("cache-control")).toContain("immutable");
    expect(cached.headers.get("content-encoding")).toBe("gzip");

    // Pages are compressed by nginx as well.
    const gzipped = await fetch(`${origin}${article}`, { headers: { "accept-encoding": "gzip" } });
    await gzipped.arrayBuffer();
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers /healthz from an instance, never the cache, with the PostgreSQL database healthy", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${origin}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-cache-status")).toBeNull();
      expect(await response.json()).toMatchObject({
        status: "ok",
        database: "postgresql",
        checks: { subscriberDatabase: "ok" },
      });
    }
  });

  it("stores a signup posted through nginx once, whichever instance took it; posts pass uncached", async () => {
    const addresses = Array.from({ length: 16 }, (_, i) => `cluster${i}@example.com`);
    const replies = await Promise.all(addresses.map(signup));
    for (const reply of replies) expect(reply.headers.get("x-cache-status")).toBeNull();
    expect(await Promise.all(replies.map(accepted))).toEqual(addresses.map(() => true));
    // The same addresses again, in other spellings, through whichever instance.
    const again = await Promise.all(
      addresses.slice(0, 8).map((address) => signup(` ${address.toUpperCase()} `)),
    );
    expect(await Promise.all(again.map(accepted))).toEqual(again.map(() => true));

    const rows = await sql<{ email: string; n: number }>(
      "SELECT email, count(*)::int AS n FROM subscribers GROUP BY email ORDER BY email",
    );
    expect(rows.map((row) => row.email)).toEqual([...addresses].sort());
    expect(rows.every((row) => row.n === 1)).toBe(true);
    // nginx spread the posts over both instances (each wrote its own emails).
    for (const outbox of outboxes) expect(emailsIn(outbox), outbox).toBeGreaterThan(0);
  });

  it("runs a confirm button's Server Action on the other instance than the one that rendered it", async () => {
    const address = "actions@example.com";
    expect(await accepted(await signup(address))).toBe(true);
    const mails = (await Promise.all(outboxes.map((outbox) => readOutbox(path.join(work, outbox)))))
      .flat()
      .filter((mail) => recipient(mail) === address);
    expect(mails).toHaveLength(1);
    const token = linkToken(mails[0]!, "/newsletter/confirm");

    const [first, second] = instancePorts;
    const page = await fetch(`http://127.0.0.1:${first}/newsletter/confirm?token=${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // Without JavaScript the button posts the form: the action's id and the token, as fields.
    const form =
      /<form class="newsletter-notice__form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
    const fields = new FormData();
    for (const input of form.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(input[1] ?? "")?.[1];
      const value = /value="([^"]*)"/.exec(input[1] ?? "")?.[1] ?? "";
      if (name) fields.append(name, value.replaceAll("&amp;", "&"));
    }
    expect([...fields.keys()].some((name) => name.startsWith("$ACTION_ID_"))).toBe(true);

    const posted = await fetch(`http://127.0.0.1:${second}/newsletter/confirm?token=${token}`, {
      method: "POST",
      body: fields,
      headers: { origin: `http://127.0.0.1:${second}` },
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toMatch(/\/newsletter\/confirmed$/);
    expect(
      await sql<{ status: string }>(`SELECT status FROM subscribers WHERE email = '${address}'`),
    ).toEqual([{ status: "confirmed" }]);
  });

  it("loses no page request begun after an instance is killed, and no acknowledged signup", async () => {
    const [victim] = instances;
    // Pages that reach an instance every time (dynamic) and pages from the cache.
    const pages = ["/search?q=night", "/newsletter/briefs", "/healthz", article, "/"];
    // A response the victim had begun to send when it died cannot be saved:
    // nginx has passed its headers on, so it can only cut the connection
    // (proxy_next_upstream retries only while nothing has reached the client).
    // Requests begun once the victim is gone must all succeed.
    const failuresAfterDeath: string[] = [];
    const cutInFlight: string[] = [];
    let pageRequests = 0;
    let pagesAfterDeath = 0;
    const acknowledged: string[] = [];
    let acknowledgedAfterKill = 0;
    let killedAt = 0;
    let victimGone = false;
    void victim!.exited.then(() => (victimGone = true));
    let next = 0;
    const stopAt = () => killedAt !== 0 && Date.now() > killedAt + 4000;
    const readers = 4;

    async function reader(offset: number) {
      for (let i = offset; !stopAt(); i++) {
        const pathname = pages[i % pages.length]!;
        const begunAfterDeath = victimGone;
        let failure: string | undefined;
        try {
          const response = await fetch(`${origin}${pathname}`, {
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer();
          if (response.status !== 200) failure = `${pathname}: ${response.status}`;
        } catch (error) {
          failure = `${pathname}: ${String(error)}`;
        }
        pageRequests++;
        if (begunAfterDeath) pagesAfterDeath++;
        if (failure && begunAfterDeath) failuresAfterDeath.push(failure);
        else if (failure) cutInFlight.push(failure);
      }
    }

    async function subscriber() {
      while (!stopAt()) {
        const address = `kill${next++}@example.com`;
        try {
          if (await accepted(await signup(address))) {
            acknowledged.push(address);
            if (killedAt) acknowledgedAfterKill++;
            if (acknowledged.length === 40 && !killedAt) {
              killedAt = Date.now();
              victim!.process.kill("SIGKILL");
            }
          }
        } catch {
          // Never acknowledged, so nothing was promised.
        }
      }
    }

    await Promise.all([
      ...Array.from({ length: readers }, (_, i) => reader(i)),
      ...Array.from({ length: 4 }, subscriber),
    ]);
    await victim!.exited;
    expect(victim!.process.signalCode).toBe("SIGKILL");

    expect(failuresAfterDeath).toEqual([]);
    // At most one request per reader was in flight, and only a cut connection
    // (undici's "terminated") is the victim's doing: a status would be nginx's.
    expect(cutInFlight.length).toBeLessThanOrEqual(readers);
    for (const failure of cutInFlight) expect(failure).toMatch(/: TypeError: terminated$/);
    expect(pagesAfterDeath).toBeGreaterThan(10);
    expect(pageRequests).toBeGreaterThan(pagesAfterDeath);
    // The surviving instance kept taking signups.
    expect(acknowledgedAfterKill).toBeGreaterThan(5);
    const stored = new Set(
      (await sql<{ email: string }>("SELECT email FROM subscribers")).map((row) => row.email),
    );
    expect(acknowledged.filter((address) => !stored.has(address))).toEqual([]);
    // DATABASE_URL was used, not the SQLite file.
    expect(readdirSync(work)).not.toContain("must-not-exist.db");
  });
});
