import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  type ClaimEditionInput,
  type ClaimResult,
  type DeliveryInput,
  type StoredEdition,
  type NewTokenInput,
  type RedeemResult,
  type SignupInput,
  type Subscriber,
  type SubscriberStatus,
  type SubscriberStore,
  type TokenPurpose,
} from "./store";
import { parseStatus, toEdition, toSubscriber, type EditionRow, type SubscriberRow } from "./rows";

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
  // The Daily news brief. The edition row is also the lock: lock_owner and
  // lease_until say which run may send it (see claimEdition).
  `CREATE TABLE editions (
     date TEXT PRIMARY KEY,
     content TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('sending', 'incomplete', 'sent')),
     created_at TEXT NOT NULL,
     sent_at TEXT,
     lock_owner TEXT,
     lease_until TEXT
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE deliveries (
     edition_date TEXT NOT NULL REFERENCES editions (date),
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
     attempts INTEGER NOT NULL,
     last_error TEXT,
     sent_at TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (edition_date, subscriber_id)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX deliveries_subscriber ON deliveries (subscriber_id);`,
];

export const schemaVersion = migrations.length;

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
  readonly #claimEdition: Database.Statement;
  readonly #editionByDate: Database.Statement;
  readonly #renewLease: Database.Statement;
  readonly #upsertDelivery: Database.Statement;

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
    // One statement, so the check and the take-over cannot be split by another
    // process: a new edition is inserted; an existing one is taken only if it
    // is not sent and its lease has run out (ISO UTC strings compare as times).
    this.#claimEdition = db.prepare(`
      INSERT INTO editions (date, content, status, created_at, lock_owner, lease_until)
      VALUES (@date, @content, 'sending', @at, @owner, @leaseUntil)
      ON CONFLICT (date) DO UPDATE SET
        status = 'sending', lock_owner = excluded.lock_owner, lease_until = excluded.lease_until
      WHERE editions.status != 'sent'
        AND (editions.lease_until IS NULL OR editions.lease_until <= @at)
      RETURNING *`);
    this.#editionByDate = db.prepare(`SELECT * FROM editions WHERE date = ?`);
    this.#renewLease = db.prepare(
      `UPDATE editions SET lease_until = @leaseUntil
       WHERE date = @date AND lock_owner = @owner AND status = 'sending'`,
    );
    this.#upsertDelivery = db.prepare(`
      INSERT INTO deliveries (edition_date, subscriber_id, status, attempts, last_error, sent_at, updated_at)
      VALUES (@date, @subscriberId, @status, @attempts, @error,
              CASE @status WHEN 'sent' THEN @at END, @at)
      ON CONFLICT (edition_date, subscriber_id) DO UPDATE SET
        status = excluded.status,
        attempts = deliveries.attempts + excluded.attempts,
        last_error = excluded.last_error,
        sent_at = excluded.sent_at,
        updated_at = excluded.updated_at`);
  }

  /** The underlying connection, for tests and the operator tools. */
  get database(): Database.Database {
    return this.#db;
  }

  async recordSignup(input: SignupInput): Promise<Subscriber> {
    return toSubscriber(this.#upsert.get(input) as SubscriberRow);
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
        const row = (statement.get({ id, at }) ?? this.#byId.get(id)) as SubscriberRow | undefined;
        if (!row) return { ok: false };
        const subscriber = toSubscriber(row);
        if (purpose === "confirm" && subscriber.status !== "confirmed") return { ok: false };
        return { ok: true, subscriber };
      })
      .immediate();
  }

  async findByEmail(email: string): Promise<Subscriber | undefined> {
    const row = this.#byEmail.get(email) as SubscriberRow | undefined;
    return row ? toSubscriber(row) : undefined;
  }

  async list(filter: { status?: SubscriberStatus } = {}): Promise<Subscriber[]> {
    const rows = filter.status
      ? this.#db
          .prepare(`SELECT * FROM subscribers WHERE status = ? ORDER BY id`)
          .all(filter.status)
      : this.#db.prepare(`SELECT * FROM subscribers ORDER BY id`).all();
    return (rows as SubscriberRow[]).map(toSubscriber);
  }

  async countByStatus(): Promise<Record<SubscriberStatus, number>> {
    const counts: Record<SubscriberStatus, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
    const rows = this.#db
      .prepare(`SELECT status, count(*) AS n FROM subscribers GROUP BY status`)
      .all() as { status: string; n: number }[];
    for (const { status, n } of rows) counts[parseStatus(status)] = n;
    return counts;
  }

  async claimEdition(input: ClaimEditionInput): Promise<ClaimResult> {
    const claimed = this.#claimEdition.get(input) as EditionRow | undefined;
    if (claimed) return { kind: "claimed", edition: toEdition(claimed) };
    const row = this.#editionByDate.get(input.date) as EditionRow | undefined;
    if (!row) throw new Error(`The edition of ${input.date} could not be claimed or read.`);
    if (row.status === "sent") return { kind: "already-sent", edition: toEdition(row) };
    return { kind: "busy", owner: row.lock_owner ?? "", leaseUntil: row.lease_until ?? "" };
  }

  async renewEditionLease(date: string, owner: string, leaseUntil: string): Promise<boolean> {
    return this.#renewLease.run({ date, owner, leaseUntil }).changes === 1;
  }

  async recordDelivery(input: DeliveryInput): Promise<boolean> {
    return this.#db
      .transaction(() => {
        this.#upsertDelivery.run(input);
        return this.#renewLease.run(input).changes === 1;
      })
      .immediate();
  }

  async finishEdition(
    date: string,
    owner: string,
    status: "sent" | "incomplete",
    at: string,
  ): Promise<void> {
    this.#db
      .prepare(
        `UPDATE editions SET status = @status, lock_owner = NULL, lease_until = NULL,
           sent_at = CASE @status WHEN 'sent' THEN @at ELSE sent_at END
         WHERE date = @date AND lock_owner = @owner`,
      )
      .run({ date, owner, status, at });
  }

  async editionRecipients(date: string): Promise<Subscriber[]> {
    const rows = this.#db
      .prepare(
        `SELECT * FROM subscribers s WHERE s.status = 'confirmed' AND NOT EXISTS (
           SELECT 1 FROM deliveries d
           WHERE d.edition_date = ? AND d.subscriber_id = s.id AND d.status = 'sent')
         ORDER BY s.id`,
      )
      .all(date) as SubscriberRow[];
    return rows.map(toSubscriber);
  }

  async countDeliveries(date: string): Promise<{ sent: number; failed: number }> {
    const counts = { sent: 0, failed: 0 };
    const rows = this.#db
      .prepare(
        `SELECT status, count(*) AS n FROM deliveries WHERE edition_date = ? GROUP BY status`,
      )
      .all(date) as { status: string; n: number }[];
    for (const { status, n } of rows)
      if (status === "sent" || status === "failed") counts[status] = n;
    return counts;
  }

  async getEdition(date: string): Promise<StoredEdition | undefined> {
    const row = this.#editionByDate.get(date) as EditionRow | undefined;
    return row ? toEdition(row) : undefined;
  }

  async listEditions(): Promise<StoredEdition[]> {
    const rows = this.#db
      .prepare(`SELECT * FROM editions ORDER BY date DESC`)
      .all() as EditionRow[];
    return rows.map(toEdition);
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
