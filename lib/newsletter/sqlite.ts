import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  subscriberStatuses,
  type NewTokenInput,
  type RedeemResult,
  type SignupInput,
  type Subscriber,
  type SubscriberStatus,
  type SubscriberStore,
  type TokenPurpose,
} from "./store";

/**
 * Schema changes, applied in order; `PRAGMA user_version` records how many
 * have run. Never edit a released migration: append a new one.
 */
const migrations: readonly string[] = [
  `CREATE TABLE subscribers (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
     consent_at TEXT NOT NULL,
     consent_wording TEXT NOT NULL,
     source_path TEXT,
     created_at TEXT NOT NULL,
     confirmed_at TEXT,
     unsubscribed_at TEXT
   ) STRICT;
   CREATE UNIQUE INDEX subscribers_email ON subscribers (email);
   CREATE TABLE tokens (
     hash TEXT PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     used_at TEXT
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX tokens_subscriber ON tokens (subscriber_id, created_at);`,
];

export const schemaVersion = migrations.length;

type Row = {
  id: number;
  email: string;
  status: string;
  consent_at: string;
  consent_wording: string;
  source_path: string | null;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
};

/** Opens (creating it and its folder if needed) and migrates the database file. */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // better-sqlite3's `timeout` is SQLite's busy timeout: a writer waits this
  // long for another process's write to finish instead of failing at once.
  const db = new Database(file, { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  // FULL: a transaction is on disk (WAL synced) before the call returns, so an
  // acknowledged signup survives a crash or power loss, not only a process kill.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock first, so processes opening a new file at
  // the same moment run each migration exactly once.
  db.transaction(() => {
    const current = Number(db.pragma("user_version", { simple: true }));
    if (current > migrations.length) {
      throw new Error(
        `The newsletter database ${db.name} has schema version ${current}, newer than this code knows (${migrations.length}).`,
      );
    }
    for (const sql of migrations.slice(current)) db.exec(sql);
    if (current !== migrations.length) db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}

export class SqliteStore implements SubscriberStore {
  readonly #db: Database.Database;
  readonly #upsert: Database.Statement;
  readonly #insertToken: Database.Statement;
  readonly #countTokens: Database.Statement;
  readonly #usableToken: Database.Statement;
  readonly #useToken: Database.Statement;
  readonly #confirm: Database.Statement;
  readonly #unsubscribe: Database.Statement;
  readonly #byId: Database.Statement;
  readonly #byEmail: Database.Statement;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#upsert = db.prepare(`
      INSERT INTO subscribers (email, status, consent_at, consent_wording, source_path, created_at)
      VALUES (@email, 'pending', @at, @consentWording, @sourcePath, @at)
      ON CONFLICT (email) DO UPDATE SET
        status = CASE status WHEN 'confirmed' THEN 'confirmed' ELSE 'pending' END,
        consent_at = CASE status WHEN 'confirmed' THEN consent_at ELSE excluded.consent_at END,
        consent_wording = CASE status WHEN 'confirmed' THEN consent_wording ELSE excluded.consent_wording END,
        source_path = CASE status WHEN 'confirmed' THEN source_path ELSE excluded.source_path END,
        confirmed_at = CASE status WHEN 'confirmed' THEN confirmed_at ELSE NULL END,
        unsubscribed_at = CASE status WHEN 'confirmed' THEN unsubscribed_at ELSE NULL END
      RETURNING *`);
    this.#insertToken = db.prepare(`
      INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at)
      VALUES (@hash, @subscriberId, @purpose, @at, @expiresAt)`);
    this.#countTokens = db.prepare(
      `SELECT count(*) AS n FROM tokens WHERE subscriber_id = ? AND purpose = ? AND created_at >= ?`,
    );
    this.#usableToken = db.prepare(
      `SELECT subscriber_id FROM tokens
       WHERE hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`,
    );
    this.#useToken = db.prepare(
      `UPDATE tokens SET used_at = @at
       WHERE hash = @hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @at
       RETURNING subscriber_id`,
    );
    this.#confirm = db.prepare(
      `UPDATE subscribers SET status = 'confirmed', confirmed_at = @at
       WHERE id = @id AND status = 'pending' RETURNING *`,
    );
    this.#unsubscribe = db.prepare(
      `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = @at
       WHERE id = @id AND status != 'unsubscribed' RETURNING *`,
    );
    this.#byId = db.prepare(`SELECT * FROM subscribers WHERE id = ?`);
    this.#byEmail = db.prepare(`SELECT * FROM subscribers WHERE email = ?`);
  }

  /** The underlying connection, for tests and the operator tools. */
  get database(): Database.Database {
    return this.#db;
  }

  async recordSignup(input: SignupInput): Promise<Subscriber> {
    return toSubscriber(this.#upsert.get(input) as Row);
  }

  async addToken(input: NewTokenInput): Promise<void> {
    this.#insertToken.run(input);
  }

  async countTokensSince(
    subscriberId: number,
    purpose: TokenPurpose,
    since: string,
  ): Promise<number> {
    return (this.#countTokens.get(subscriberId, purpose, since) as { n: number }).n;
  }

  async isTokenUsable(hash: string, purpose: TokenPurpose, at: string): Promise<boolean> {
    return this.#usableToken.get(hash, purpose, at) !== undefined;
  }

  async redeemToken(hash: string, purpose: TokenPurpose, at: string): Promise<RedeemResult> {
    return this.#db
      .transaction((): RedeemResult => {
        const used = this.#useToken.get({ hash, purpose, at }) as
          { subscriber_id: number } | undefined;
        if (!used) return { ok: false };
        const id = used.subscriber_id;
        const statement = purpose === "confirm" ? this.#confirm : this.#unsubscribe;
        // Already in the target state (or a confirm link for an unsubscribed
        // reader): the token is still spent, the row is left as it was.
        const row = (statement.get({ id, at }) ?? this.#byId.get(id)) as Row | undefined;
        if (!row) return { ok: false };
        const subscriber = toSubscriber(row);
        if (purpose === "confirm" && subscriber.status !== "confirmed") return { ok: false };
        return { ok: true, subscriber };
      })
      .immediate();
  }

  async findByEmail(email: string): Promise<Subscriber | undefined> {
    const row = this.#byEmail.get(email) as Row | undefined;
    return row ? toSubscriber(row) : undefined;
  }

  async list(filter: { status?: SubscriberStatus } = {}): Promise<Subscriber[]> {
    const rows = filter.status
      ? this.#db
          .prepare(`SELECT * FROM subscribers WHERE status = ? ORDER BY id`)
          .all(filter.status)
      : this.#db.prepare(`SELECT * FROM subscribers ORDER BY id`).all();
    return (rows as Row[]).map(toSubscriber);
  }

  async countByStatus(): Promise<Record<SubscriberStatus, number>> {
    const counts: Record<SubscriberStatus, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
    const rows = this.#db
      .prepare(`SELECT status, count(*) AS n FROM subscribers GROUP BY status`)
      .all() as { status: string; n: number }[];
    for (const { status, n } of rows) counts[parseStatus(status)] = n;
    return counts;
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

function parseStatus(value: string): SubscriberStatus {
  const status = subscriberStatuses.find((known) => known === value);
  if (!status) throw new Error(`Unknown subscriber status in the database: ${value}`);
  return status;
}

function toSubscriber(row: Row): Subscriber {
  return {
    id: row.id,
    email: row.email,
    status: parseStatus(row.status),
    consentAt: row.consent_at,
    consentWording: row.consent_wording,
    sourcePath: row.source_path,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
  };
}
