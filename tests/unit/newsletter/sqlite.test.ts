import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore, schemaVersion, type SqliteStore } from "@/lib/newsletter/sqlite";
import { tempDir } from "../../support/newsletter";

// What only the SQLite store does; the behaviour both stores share is in store.test.ts.
let folder: ReturnType<typeof tempDir>;
let file: string;
let store: SqliteStore;

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

  it("refuses a database from newer code", async () => {
    store.database.pragma(`user_version = ${schemaVersion + 1}`);
    await store.close();
    expect(() => openSqliteStore(file)).toThrow(/schema version .* newer than this code knows/);
    store = openSqliteStore(path.join(folder.dir, "other.db"));
  });
});
