import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStore, postgresSchemaVersion } from "@/lib/newsletter/postgres";
import { schemaVersion } from "@/lib/newsletter/sqlite";
import { postgresBackend, type TestDatabase } from "../../support/store-backends";

// What only the PostgreSQL store does; the behaviour both stores share is in
// tests/support/contracts/, run on PostgreSQL in postgres-contracts.test.ts.
let database: TestDatabase;

beforeEach(async () => {
  database = await postgresBackend.create();
});

afterEach(async () => {
  await database.remove();
});

describe("the PostgreSQL store", () => {
  it("has as many migrations as the SQLite store and records its version", async () => {
    expect(postgresSchemaVersion).toBe(schemaVersion);
    const store = database.open();
    await store.countByStatus();
    await store.close();
    expect(await database.query("SELECT version FROM dateline_schema")).toEqual([
      { version: postgresSchemaVersion },
    ]);
  });

  it("migrates a new database once when several servers start at the same moment", async () => {
    const stores = Array.from({ length: 5 }, () => database.open());
    const counts = await Promise.all(stores.map((store) => store.countByStatus()));
    await Promise.all(stores.map((store) => store.close()));
    expect(counts).toHaveLength(5);
    expect(await database.query("SELECT count(*)::int AS n FROM dateline_schema")).toEqual([
      { n: 1 },
    ]);
  });

  it("refuses a database from newer code", async () => {
    const store = database.open();
    await store.countByStatus();
    await store.close();
    await database.query(`UPDATE dateline_schema SET version = ${postgresSchemaVersion + 1}`);
    const newer = database.open();
    await expect(newer.countByStatus()).rejects.toThrow(
      /schema version .* newer than this code knows/,
    );
    await newer.close();
  });

  it("fails a call, not the process, when the server cannot be reached, and retries later", async () => {
    const store = openPostgresStore("postgresql://nobody@127.0.0.1:1/none");
    await expect(store.countByStatus()).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(store.countByStatus()).rejects.toThrow(/ECONNREFUSED|connect/);
    await store.close();
  });
});
