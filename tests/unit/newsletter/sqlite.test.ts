import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore, schemaVersion, type SqliteStore } from "@/lib/newsletter/sqlite";
import { tempDir } from "../../support/newsletter";

let folder: ReturnType<typeof tempDir>;
let file: string;
let store: SqliteStore;

const signup = (email: string, at: string, sourcePath: string | null = "/articles/a") =>
  store.recordSignup({ email, consentWording: "v1", sourcePath, at });

beforeEach(() => {
  folder = tempDir();
  file = path.join(folder.dir, "nested", "newsletter.db");
  store = openSqliteStore(file);
});

afterEach(async () => {
  await store.close();
  folder.remove();
});

describe("the SQLite store", () => {
  it("creates the file and folder, migrated, in WAL mode with synchronous=FULL and a busy timeout", () => {
    const db = store.database;
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma("user_version", { simple: true })).toBe(schemaVersion);

    // WAL is a property of the file: a plain connection sees it too.
    const other = new Database(file, { readonly: true });
    expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    const indexes = other
      .prepare(`SELECT name, "unique" FROM pragma_index_list('subscribers')`)
      .all() as { name: string; unique: number }[];
    expect(indexes).toContainEqual({ name: "subscribers_email", unique: 1 });
    other.close();
  });

  it("reopens an existing database without migrating it again", async () => {
    await signup("a@b.c", "2026-01-01T00:00:00.000Z");
    await store.close();
    store = openSqliteStore(file);
    expect(await store.findByEmail("a@b.c")).toMatchObject({ status: "pending" });
  });

  it("refuses a database from newer code", async () => {
    store.database.pragma(`user_version = ${schemaVersion + 1}`);
    await store.close();
    expect(() => openSqliteStore(file)).toThrow(/schema version .* newer than this code knows/);
    store = openSqliteStore(path.join(folder.dir, "other.db"));
  });

  it("records a signup as pending with its consent and source", async () => {
    const subscriber = await signup("a@b.c", "2026-01-01T08:00:00.000Z", "/articles/x");
    expect(subscriber).toMatchObject({
      email: "a@b.c",
      status: "pending",
      consentAt: "2026-01-01T08:00:00.000Z",
      consentWording: "v1",
      sourcePath: "/articles/x",
      createdAt: "2026-01-01T08:00:00.000Z",
      confirmedAt: null,
      unsubscribedAt: null,
    });
  });

  it("is idempotent on the email: one row, the latest consent while pending", async () => {
    const first = await signup("a@b.c", "2026-01-01T08:00:00.000Z", "/articles/x");
    const second = await signup("a@b.c", "2026-01-02T08:00:00.000Z", "/articles/y");
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      status: "pending",
      consentAt: "2026-01-02T08:00:00.000Z",
      sourcePath: "/articles/y",
      createdAt: "2026-01-01T08:00:00.000Z",
    });
    expect(await store.list()).toHaveLength(1);
  });

  it("leaves a confirmed subscriber unchanged and re-opens an unsubscribed one", async () => {
    const s = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
    await store.addToken({
      subscriberId: s.id,
      purpose: "confirm",
      hash: "c1",
      at: s.createdAt,
      expiresAt: "2026-02-01T00:00:00.000Z",
    });
    expect(await store.redeemToken("c1", "confirm", "2026-01-01T09:00:00.000Z")).toMatchObject({
      ok: true,
    });

    const again = await signup("a@b.c", "2026-01-03T08:00:00.000Z", "/elsewhere");
    expect(again).toMatchObject({
      status: "confirmed",
      consentAt: "2026-01-01T08:00:00.000Z",
      sourcePath: "/articles/a",
      confirmedAt: "2026-01-01T09:00:00.000Z",
    });

    await store.addToken({
      subscriberId: s.id,
      purpose: "unsubscribe",
      hash: "u1",
      at: s.createdAt,
      expiresAt: "2027-01-01T00:00:00.000Z",
    });
    expect(await store.redeemToken("u1", "unsubscribe", "2026-01-04T08:00:00.000Z")).toMatchObject({
      ok: true,
      subscriber: { status: "unsubscribed", unsubscribedAt: "2026-01-04T08:00:00.000Z" },
    });
    expect(await signup("a@b.c", "2026-01-05T08:00:00.000Z")).toMatchObject({
      status: "pending",
      consentAt: "2026-01-05T08:00:00.000Z",
      confirmedAt: null,
    });
  });

  it("uses a token once, only for its purpose and only before it expires", async () => {
    const s = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
    const at = s.createdAt;
    await store.addToken({
      subscriberId: s.id,
      purpose: "confirm",
      hash: "c",
      at,
      expiresAt: "2026-01-08T08:00:00.000Z",
    });
    await store.addToken({
      subscriberId: s.id,
      purpose: "confirm",
      hash: "old",
      at,
      expiresAt: "2026-01-01T09:00:00.000Z",
    });

    expect(await store.isTokenUsable("c", "unsubscribe", "2026-01-02T00:00:00.000Z")).toBe(false);
    expect(await store.redeemToken("c", "unsubscribe", "2026-01-02T00:00:00.000Z")).toEqual({
      ok: false,
    });
    expect(await store.redeemToken("old", "confirm", "2026-01-02T00:00:00.000Z")).toEqual({
      ok: false,
    });
    expect(await store.redeemToken("forged", "confirm", "2026-01-02T00:00:00.000Z")).toEqual({
      ok: false,
    });
    expect((await store.findByEmail("a@b.c"))?.status).toBe("pending");

    expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:00.000Z")).toBe(true);
    expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:00.000Z")).toBe(true);
    expect(await store.redeemToken("c", "confirm", "2026-01-02T00:00:00.000Z")).toMatchObject({
      ok: true,
      subscriber: { status: "confirmed" },
    });
    expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:01.000Z")).toBe(false);
    expect(await store.redeemToken("c", "confirm", "2026-01-02T00:00:01.000Z")).toEqual({
      ok: false,
    });
  });

  it("counts recent tokens and lists and counts by status", async () => {
    const a = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
    await signup("d@e.f", "2026-01-01T08:00:01.000Z");
    for (const [hash, at] of [
      ["1", "2026-01-01T08:00:00.000Z"],
      ["2", "2026-01-02T08:00:00.000Z"],
    ] as const) {
      await store.addToken({
        subscriberId: a.id,
        purpose: "confirm",
        hash,
        at,
        expiresAt: "2026-02-01T00:00:00.000Z",
      });
    }
    expect(await store.countTokensSince(a.id, "confirm", "2026-01-01T12:00:00.000Z")).toBe(1);
    expect(await store.countTokensSince(a.id, "unsubscribe", "2026-01-01T00:00:00.000Z")).toBe(0);
    await store.redeemToken("2", "confirm", "2026-01-02T09:00:00.000Z");
    expect((await store.list({ status: "confirmed" })).map((s) => s.email)).toEqual(["a@b.c"]);
    expect((await store.list()).map((s) => s.email)).toEqual(["a@b.c", "d@e.f"]);
    expect(await store.countByStatus()).toEqual({ pending: 1, confirmed: 1, unsubscribed: 0 });
  });
});
