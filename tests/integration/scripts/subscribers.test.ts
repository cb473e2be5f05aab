import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "@/lib/newsletter/sqlite";
import { tempDir } from "../../support/newsletter";
import { postgresBackend } from "../../support/store-backends";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
let folder: ReturnType<typeof tempDir>;
let db: string;

/** Runs the CLI exactly as `npm run subscribers -- …` does. */
function subscribers(...args: string[]) {
  return run("npm", ["run", "--silent", "subscribers", "--", ...args], {
    cwd: root,
    env: { ...process.env, NEWSLETTER_DB: db },
  });
}

beforeEach(async () => {
  folder = tempDir();
  db = path.join(folder.dir, "newsletter.db");
  const store = openSqliteStore(db);
  const at = "2026-02-01T08:00:00.000Z";
  for (const email of ["a@example.com", "weird@example.com", "c@example.com"]) {
    await store.recordSignup({ email, consentWording: "v1", sourcePath: "/articles/a,b", at });
  }
  store.database
    .prepare(
      "UPDATE subscribers SET status = 'confirmed', confirmed_at = ? WHERE email != 'c@example.com'",
    )
    .run(at);
  store.database
    .prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE email = 'c@example.com'")
    .run();
  await store.close();
});

afterEach(() => folder.remove());

describe("npm run subscribers", () => {
  it("export --status confirmed writes CSV of the confirmed subscribers to stdout", async () => {
    const { stdout } = await subscribers("export", "--status", "confirmed");
    const lines = stdout.split("\r\n");
    expect(lines[0]).toBe(
      "email,status,consent_at,consent_wording,source_path,created_at,confirmed_at,unsubscribed_at",
    );
    expect(lines.slice(1, -1)).toEqual([
      'a@example.com,confirmed,2026-02-01T08:00:00.000Z,v1,"/articles/a,b",2026-02-01T08:00:00.000Z,2026-02-01T08:00:00.000Z,',
      'weird@example.com,confirmed,2026-02-01T08:00:00.000Z,v1,"/articles/a,b",2026-02-01T08:00:00.000Z,2026-02-01T08:00:00.000Z,',
    ]);
    expect(lines.at(-1)).toBe("");
  }, 30_000);

  it("export without a filter lists everyone", async () => {
    const { stdout } = await subscribers("export");
    expect(stdout.trim().split("\r\n")).toHaveLength(4);
  }, 30_000);

  it("stats prints counts by status", async () => {
    const { stdout } = await subscribers("stats");
    expect(stdout).toMatch(/^pending\s+0$/m);
    expect(stdout).toMatch(/^confirmed\s+2$/m);
    expect(stdout).toMatch(/^unsubscribed\s+1$/m);
    expect(stdout).toMatch(/^total\s+3$/m);
  }, 30_000);

  it("explains a wrong status, an unknown command and a missing database", async () => {
    await expect(subscribers("export", "--status", "gone")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--status must be one of pending, confirmed, unsubscribed"),
    });
    await expect(subscribers("delete-everyone")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Usage:"),
    });
    db = path.join(folder.dir, "missing.db");
    await expect(subscribers("stats")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`No newsletter database at ${db}`),
    });
  }, 30_000);
});

describe("npm run subscribers with DATABASE_URL", () => {
  it("reads the PostgreSQL database instead of NEWSLETTER_DB", async () => {
    const database = await postgresBackend.create();
    try {
      const store = database.open();
      const at = "2026-02-01T08:00:00.000Z";
      for (const email of ["p1@example.com", "p2@example.com"]) {
        await store.recordSignup({ email, consentWording: "v1", sourcePath: null, at });
      }
      await store.close();
      await database.query(
        "UPDATE subscribers SET status = 'confirmed' WHERE email = 'p1@example.com'",
      );
      const { stdout } = await run("npm", ["run", "--silent", "subscribers", "--", "stats"], {
        cwd: root,
        // NEWSLETTER_DB names the SQLite file of beforeEach (3 subscribers): it must be ignored.
        env: { ...process.env, NEWSLETTER_DB: db, DATABASE_URL: database.config.databaseUrl },
      });
      expect(stdout).toMatch(/^pending\s+1$/m);
      expect(stdout).toMatch(/^confirmed\s+1$/m);
      expect(stdout).toMatch(/^total\s+2$/m);
    } finally {
      await database.remove();
    }
  }, 60_000);
});
