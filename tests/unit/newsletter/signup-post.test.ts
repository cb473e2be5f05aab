import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/newsletter/mail";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { handleSignupPost, type SignupDeps } from "@/lib/newsletter/signup-post";
import { openSqliteStore, type SqliteStore } from "@/lib/newsletter/sqlite";
import { signupMessages } from "@/lib/newsletter/wording";
import { readOutbox, tempDir } from "../../support/newsletter";

const origin = "https://news.example";
let folder: ReturnType<typeof tempDir>;
let store: SqliteStore;
let deps: SignupDeps;
let outbox: string;

beforeEach(() => {
  folder = tempDir();
  outbox = path.join(folder.dir, "outbox");
  store = openSqliteStore(path.join(folder.dir, "newsletter.db"));
  deps = {
    newsletter: {
      store,
      mailer: createMailer({ from: "n@news.example", outboxDir: outbox, log: () => {} }),
      siteOrigin: origin,
      maxEmailsPerAddressPerDay: 3,
    },
    rateLimiter: createRateLimiter({ limit: 3, windowMs: 60_000 }),
    trustedProxies: 0,
    siteOrigin: origin,
  };
});

afterEach(async () => {
  await store.close();
  folder.remove();
});

function post(fields: Record<string, string> | string, headers: Record<string, string> = {}) {
  const body = typeof fields === "string" ? fields : new URLSearchParams(fields).toString();
  return new Request(`${origin}/newsletter/subscribe`, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin,
      host: "news.example",
      "x-forwarded-for": "192.0.2.1",
      ...headers,
    },
  });
}

describe("a signup POST", () => {
  it("stores a valid address, normalized, and sends one email", async () => {
    const reply = await handleSignupPost(
      post({ email: " Reader@Example.COM ", source: "/articles/a", website: "" }),
      deps,
    );
    expect(reply).toEqual({ status: 200, outcome: "accepted", message: signupMessages.accepted });
    expect(await store.findByEmail("reader@example.com")).toMatchObject({
      status: "pending",
      sourcePath: "/articles/a",
    });
    expect(await readOutbox(outbox)).toHaveLength(1);
  });

  it("answers the same for new, pending and confirmed addresses", async () => {
    const first = await handleSignupPost(post({ email: "a@example.com" }), deps);
    const pending = await handleSignupPost(
      post({ email: "a@example.com" }, { "x-forwarded-for": "192.0.2.2" }),
      deps,
    );
    store.database.prepare("UPDATE subscribers SET status = 'confirmed'").run();
    const confirmed = await handleSignupPost(
      post({ email: "a@example.com" }, { "x-forwarded-for": "192.0.2.3" }),
      deps,
    );
    expect(pending).toEqual(first);
    expect(confirmed).toEqual(first);
  });

  it("refuses invalid input with the problem, keeping what was typed, storing nothing", async () => {
    const reply = await handleSignupPost(
      post({ email: "Name <a@b.c>", source: "/articles/a" }),
      deps,
    );
    expect(reply).toMatchObject({
      status: 400,
      outcome: "problem",
      draft: { email: "Name <a@b.c>", source: "/articles/a", problem: "notSingle" },
    });
    const injected = await handleSignupPost(post({ email: "a@b.c\r\nBcc:x@y" }), deps);
    expect(injected).toMatchObject({ status: 400, draft: { problem: "lineBreak" } });
    expect(await store.list()).toEqual([]);
    expect(await readOutbox(outbox)).toEqual([]);
  });

  it("fakes success for a filled honeypot: nothing stored, nothing sent", async () => {
    const reply = await handleSignupPost(
      post({ email: "bot@example.com", website: "http://spam.example" }),
      deps,
    );
    expect(reply).toEqual({ status: 200, outcome: "accepted", message: signupMessages.accepted });
    expect(await store.list()).toEqual([]);
    expect(await readOutbox(outbox)).toEqual([]);
  });

  it("rate-limits one client with 429 and a retry time, not others", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await handleSignupPost(post({ email: `r${i}@example.com` }), deps)).status).toBe(200);
    }
    const limited = await handleSignupPost(post({ email: "r9@example.com" }), deps);
    expect(limited).toMatchObject({
      status: 429,
      message: signupMessages.rateLimited,
      draft: { email: "r9@example.com" },
    });
    expect(limited.outcome === "problem" && limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(await store.findByEmail("r9@example.com")).toBeUndefined();
    const other = await handleSignupPost(
      post({ email: "r9@example.com" }, { "x-forwarded-for": "192.0.2.99" }),
      deps,
    );
    expect(other.status).toBe(200);
  });

  it("refuses a foreign Origin with 403", async () => {
    for (const foreign of ["https://evil.example", "null", "https://news.example.evil.example"]) {
      const reply = await handleSignupPost(
        post({ email: "a@example.com" }, { origin: foreign }),
        deps,
      );
      expect(reply).toMatchObject({ status: 403, outcome: "refused" });
    }
    expect(await store.list()).toEqual([]);
  });

  it("refuses oversized bodies with 413, declared or streamed", async () => {
    const big = `email=a%40example.com&website=&x=${"a".repeat(20_000)}`;
    expect(await handleSignupPost(post(big), deps)).toMatchObject({ status: 413 });
    const streamed = new Request(`${origin}/newsletter/subscribe`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin,
        host: "news.example",
      },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++)
            controller.enqueue(new TextEncoder().encode("a".repeat(1024)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await handleSignupPost(streamed, deps)).toMatchObject({ status: 413 });
    expect(await store.list()).toEqual([]);
  });

  it("refuses bodies that are not a web form with 415", async () => {
    const json = await handleSignupPost(
      post('{"email":"a@example.com"}', { "content-type": "application/json" }),
      deps,
    );
    expect(json).toMatchObject({ status: 415 });
  });
});
