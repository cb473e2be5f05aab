import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { wordCounts, type SearchDocument } from "./document";
import type { SearchStorage, StorageWriter, WordGroup } from "./full-text-index";
import { FIELD_BOOST, recencyFactorSql } from "./ranking";

/**
 * Bump when the tables below change. The index is derived from the content
 * files, so a file made by another version is emptied and filled again
 * rather than migrated.
 */
const SCHEMA_VERSION = 1;

// The words are ours (lib/search/words.ts), already lowercased and joined by
// spaces; the tokenizer only has to split at the spaces and keep every
// letter, digit and mark as it is.
const TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* Co M*'`;

const SCHEMA = `
  CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    published_at TEXT NOT NULL
  ) STRICT;
  CREATE VIRTUAL TABLE search_text USING fts5 (title, summary, body, tags, tokenize = "${TOKENIZER}");
  CREATE TABLE search_words (
    word TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,
    length INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX search_words_length ON search_words (length);
  CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), stamp TEXT NOT NULL) STRICT;
`;

const TABLES = ["search_documents", "search_text", "search_words", "search_state"];

/** The full-text index in a SQLite file of its own (SEARCH_DB), with FTS5. */
export function openSqliteSearchStorage(file: string): SearchStorage {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // Derived data: a crash may lose the last sync, which the next one redoes.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  if (db.pragma("user_version", { simple: true }) !== SCHEMA_VERSION) {
    db.transaction(() => {
      for (const table of TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  }

  const statements = {
    stamp: db.prepare("SELECT stamp FROM search_state WHERE id = 1").pluck(),
    setStamp: db.prepare<[string]>(
      "INSERT INTO search_state (id, stamp) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp",
    ),
    fingerprints: db.prepare("SELECT slug, fingerprint FROM search_documents"),
    idOf: db.prepare<[string]>("SELECT id FROM search_documents WHERE slug = ?").pluck(),
    textOf: db.prepare<[number]>(
      "SELECT title, summary, body, tags FROM search_text WHERE rowid = ?",
    ),
    removeDocument: db.prepare<[number]>("DELETE FROM search_documents WHERE id = ?"),
    removeText: db.prepare<[number]>("DELETE FROM search_text WHERE rowid = ?"),
    addDocument: db.prepare<[string, string, string]>(
      "INSERT INTO search_documents (slug, fingerprint, published_at) VALUES (?, ?, ?)",
    ),
    addText: db.prepare<[number, string, string, string, string]>(
      "INSERT INTO search_text (rowid, title, summary, body, tags) VALUES (?, ?, ?, ?, ?)",
    ),
    countWord: db.prepare<[string, number, number]>(
      "INSERT INTO search_words (word, documents, length) VALUES (?, ?, ?) ON CONFLICT (word) DO UPDATE SET documents = documents + excluded.documents",
    ),
    uncountWord: db.prepare<[number, string]>(
      "UPDATE search_words SET documents = documents - ? WHERE word = ?",
    ),
    dropUnused: db.prepare("DELETE FROM search_words WHERE documents <= 0"),
    known: db.prepare<[string]>("SELECT word FROM search_words WHERE word = ?").pluck(),
    startingWith: db
      .prepare<[string, string, number]>(
        "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY documents DESC, word LIMIT ?",
      )
      .pluck(),
    ofLength: db
      .prepare<[number, number]>("SELECT word FROM search_words WHERE length BETWEEN ? AND ?")
      .pluck(),
    document: db.prepare<[string]>(
      `SELECT d.slug, d.fingerprint, d.published_at, t.title, t.summary, t.body, t.tags
         FROM search_documents d JOIN search_text t ON t.rowid = d.id WHERE d.slug = ?`,
    ),
    match: db.prepare<[{ query: string; now: number; limit: number }]>(
      // bm25 is lower for better matches; its weights follow the columns' order.
      `SELECT d.slug,
              -bm25(search_text, ${FIELD_BOOST.title}, ${FIELD_BOOST.summary}, ${FIELD_BOOST.body}, ${FIELD_BOOST.tags})
                * ${recencyFactorSql("max(0, (@now - unixepoch(d.published_at, 'subsec') * 1000) / 86400000.0)")} AS score
         FROM search_text JOIN search_documents d ON d.id = search_text.rowid
        WHERE search_text MATCH @query
        ORDER BY score DESC, d.published_at DESC, d.slug
        LIMIT @limit`,
    ),
  };

  const writer: StorageWriter = {
    async stamp() {
      return stampValue(statements.stamp.get());
    },
    async setStamp(stamp) {
      statements.setStamp.run(stamp);
    },
    async fingerprints() {
      const rows = fingerprintRows.parse(statements.fingerprints.all());
      return new Map(rows.map((row) => [row.slug, row.fingerprint]));
    },
    async remove(slugs) {
      const gone: SearchDocument[] = [];
      for (const slug of slugs) {
        const id = statements.idOf.get(slug);
        if (typeof id !== "number") continue;
        const text = textRow.parse(statements.textOf.get(id));
        gone.push({ ...text, slug, fingerprint: "", publishedAt: "" });
        statements.removeText.run(id);
        statements.removeDocument.run(id);
      }
      for (const [word, documents] of wordCounts(gone)) statements.uncountWord.run(documents, word);
      statements.dropUnused.run();
    },
    async add(documents) {
      for (const document of documents) {
        const id = Number(
          statements.addDocument.run(document.slug, document.fingerprint, document.publishedAt)
            .lastInsertRowid,
        );
        statements.addText.run(id, document.title, document.summary, document.body, document.tags);
      }
      // One update per word of the batch: one per word of every document
      // was 10 million statements in a first sync of 50,000 articles.
      for (const [word, count] of wordCounts(documents)) {
        statements.countWord.run(word, count, Array.from(word).length);
      }
    },
  };

  return {
    async write(work) {
      // One writer at a time, other processes included: BEGIN IMMEDIATE takes
      // the write lock up front (waiting up to busy_timeout for it).
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(writer);
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    async stamp() {
      return stampValue(statements.stamp.get());
    },
    async known(words) {
      return new Set(words.filter((word) => statements.known.get(word) !== undefined));
    },
    async startingWith(prefix, limit) {
      return words.parse(statements.startingWith.all(prefix, `${prefix}\u{10FFFF}`, limit));
    },
    async ofLength(min, max) {
      return words.parse(statements.ofLength.all(min, max));
    },
    async match(groups, combine, { now, limit }) {
      return matchRows.parse(
        statements.match.all({
          query: matchExpression(groups, combine),
          now: now.getTime(),
          limit,
        }),
      );
    },
    async documents(slugs) {
      const found: SearchDocument[] = [];
      for (const slug of slugs) {
        const row = documentRow.optional().parse(statements.document.get(slug));
        if (row) {
          const { published_at: publishedAt, ...rest } = row;
          found.push({ ...rest, publishedAt });
        }
      }
      return found;
    },
    async close() {
      db.close();
    },
  };
}

// What the queries answer, checked rather than assumed.
const words = z.array(z.string());
const fingerprintRows = z.array(z.object({ slug: z.string(), fingerprint: z.string() }));
const textRow = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.string(),
});
const documentRow = textRow.extend({
  slug: z.string(),
  fingerprint: z.string(),
  published_at: z.string(),
});
const matchRows = z.array(z.object({ slug: z.string(), score: z.number() }));

function stampValue(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * An FTS5 query: each word quoted as a string (never read as syntax), the
 * words of a group joined by OR, the groups by AND or OR.
 */
export function matchExpression(groups: readonly WordGroup[], combine: "AND" | "OR"): string {
  return groups
    .map((group) => `(${group.map((word) => `"${word.replaceAll('"', '""')}"`).join(" OR ")})`)
    .join(` ${combine} `);
}
