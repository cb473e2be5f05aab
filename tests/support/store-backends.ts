import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { openPostgresStore } from "@/lib/newsletter/postgres";
import { openSqliteStore } from "@/lib/newsletter/sqlite";
import type { SubscriberStore } from "@/lib/newsletter/store";
import { tempDir } from "./newsletter";

/**
 * One fresh, empty database for a test, on either backend, so the same test
 * contract (tests/support/contracts/) runs against both.
 */
export type TestDatabase = {
  /** What the app is given: { databaseFile } or { databaseUrl }. */
  config: { databaseUrl: string | undefined; databaseFile: string };
  /** The same environment the app reads (NEWSLETTER_DB or DATABASE_URL). */
  env: Record<string, string>;
  open: () => SubscriberStore;
  /** Raw SQL on a connection of its own (SQL both databases understand), for checks and set-up. */
  query: <T>(sql: string) => Promise<T[]>;
  remove: () => Promise<void>;
};

export type StoreBackend = { name: "sqlite" | "postgresql"; create: () => Promise<TestDatabase> };

async function sqliteDatabase(): Promise<TestDatabase> {
  const folder = tempDir();
  const file = path.join(folder.dir, "newsletter.db");
  return {
    config: { databaseUrl: undefined, databaseFile: file },
    env: { NEWSLETTER_DB: file, DATABASE_URL: "" },
    open: () => openSqliteStore(file),
    async query<T>(sql: string) {
      const db = new Database(file);
      try {
        const statement = db.prepare(sql);
        return (statement.reader ? statement.all() : (statement.run(), [])) as T[];
      } finally {
        db.close();
      }
    },
    remove: async () => folder.remove(),
  };
}

async function postgresDatabase(): Promise<TestDatabase> {
  const server = inject("testDatabaseUrl");
  const name = `dateline_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const folder = tempDir();
  return {
    config: { databaseUrl, databaseFile: path.join(folder.dir, "unused.db") },
    env: { DATABASE_URL: databaseUrl, NEWSLETTER_DB: path.join(folder.dir, "unused.db") },
    open: () => openPostgresStore(databaseUrl),
    async query<T>(sql: string) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async remove() {
      folder.remove();
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const sqliteBackend: StoreBackend = { name: "sqlite", create: sqliteDatabase };
/** Needs the PostgreSQL server of tests/support/pg-global-setup.ts: integration tests only. */
export const postgresBackend: StoreBackend = { name: "postgresql", create: postgresDatabase };
export const storeBackends: StoreBackend[] = [sqliteBackend, postgresBackend];
