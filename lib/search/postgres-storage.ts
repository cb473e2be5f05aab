import "server-only";
import pg from "pg";
import { z } from "zod";
import { openPostgresPool } from "../postgres-pool";
import { wordCounts, type SearchDocument } from "./document";
import type { SearchStorage, StorageWriter, WordGroup } from "./full-text-index";
import { FIELD_BOOST, recencyFactorSql } from "./ranking";

/**
 * Bump when the tables below change. The index is derived from the content
 * files, so tables made by another version are dropped and filled again
 * rather than migrated (the subscribers' tables are never touched).
 */
const SCHEMA_VERSION = 1;

/** Any number, the same in every process: one writer of the index at a time. */
const SEARCH_LOCK = 8_120_427;

// The words are ours (lib/search/words.ts), lowercased and joined by spaces:
// the 'simple' configuration only splits them, with no stemming or stop words.
const TABLES = `
  CREATE TABLE search_documents (
    slug text PRIMARY KEY,
    fingerprint text NOT NULL,
    published_at text NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    body text NOT NULL,
    tags text NOT NULL,
    vector tsvector NOT NULL
  );
  CREATE INDEX search_documents_vector ON search_documents USING gin (vector);
  CREATE TABLE search_words (word text PRIMARY KEY, documents integer NOT NULL, length integer NOT NULL);
  CREATE INDEX search_words_length ON search_words (length);
  CREATE TABLE search_state (id integer PRIMARY KEY CHECK (id = 1), stamp text NOT NULL);
  CREATE TABLE search_schema (version integer NOT NULL);
`;

/**
 * ts_rank's weights, for labels D, C, B, A: the title is A, the summary and
 * tags B (FIELD_BOOST gives them the same weight), the body D.
 */
const RANK_WEIGHTS = [
  FIELD_BOOST.body / FIELD_BOOST.title,
  FIELD_BOOST.body / FIELD_BOOST.title,
  FIELD_BOOST.summary / FIELD_BOOST.title,
  1,
];

/** The full-text index in the site's PostgreSQL database (DATABASE_URL), with tsvector. */
export function openPostgresSearchStorage(connectionString: string): SearchStorage {
  const pool = openPostgresPool(connectionString, { what: "search database", max: 4 });
  let ready: Promise<void> | undefined;

  async function prepared(): Promise<void> {
    // Retried on the next call if it failed (the database may start after us).
    ready ??= createTables(pool).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
  }

  async function rows<T>(schema: z.ZodType<T>, sql: string, values: unknown[] = []): Promise<T[]> {
    await prepared();
    return z.array(schema).parse((await pool.query(sql, values)).rows);
  }

  return {
    async write(work) {
      await prepared();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [SEARCH_LOCK]);
        const result = await work(writerOn(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async stamp() {
      const [row] = await rows(stampRow, "SELECT stamp FROM search_state WHERE id = 1");
      return row?.stamp;
    },
    async known(words) {
      const found = await rows(wordRow, "SELECT word FROM search_words WHERE word = ANY($1)", [
        words,
      ]);
      return new Set(found.map((row) => row.word));
    },
    async startingWith(prefix, limit) {
      const found = await rows(
        wordRow,
        `SELECT word FROM search_words WHERE word >= $1 AND word < $2
          ORDER BY documents DESC, word LIMIT $3`,
        [prefix, `${prefix}\u{10FFFF}`, limit],
      );
      return found.map((row) => row.word);
    },
    async ofLength(min, max) {
      const found = await rows(
        wordRow,
        "SELECT word FROM search_words WHERE length BETWEEN $1 AND $2",
        [min, max],
      );
      return found.map((row) => row.word);
    },
    async match(groups, combine, { now, limit }) {
      // ts_rank is a float4: through its text, as the driver reads it, so that
      // the product is the one SQLite's ranking and the tests compute.
      return rows(
        matchRow,
        `SELECT slug,
                ts_rank($2::float4[], vector, query)::text::float8
                  * ${recencyFactorSql(
                    "greatest(0, ($3::float8 - (extract(epoch FROM published_at::timestamptz) * 1000)::float8) / 86400000)",
                  )} AS score
           FROM search_documents, to_tsquery('simple', $1) AS query
          WHERE vector @@ query
          ORDER BY score DESC, published_at COLLATE "C" DESC, slug COLLATE "C"
          LIMIT $4`,
        [tsQuery(groups, combine), RANK_WEIGHTS, now.getTime(), limit],
      );
    },
    async documents(slugs) {
      const found = await rows(
        documentRow,
        `SELECT slug, fingerprint, published_at, title, summary, body, tags
           FROM search_documents WHERE slug = ANY($1)`,
        [slugs],
      );
      return found.map(toDocument);
    },
    async close() {
      await pool.end();
    },
  };
}

async function createTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [SEARCH_LOCK]);
    const exists = await client.query("SELECT to_regclass('search_schema') IS NOT NULL AS found");
    const found = z.object({ found: z.boolean() }).parse(exists.rows[0]).found;
    const version = found
      ? z
          .object({ version: z.number() })
          .optional()
          .parse((await client.query("SELECT version FROM search_schema")).rows[0])?.version
      : undefined;
    if (version !== SCHEMA_VERSION) {
      await client.query(
        "DROP TABLE IF EXISTS search_documents, search_words, search_state, search_schema",
      );
      await client.query(TABLES);
      await client.query("INSERT INTO search_schema (version) VALUES ($1)", [SCHEMA_VERSION]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function writerOn(client: pg.PoolClient): StorageWriter {
  return {
    async stamp() {
      const { rows } = await client.query("SELECT stamp FROM search_state WHERE id = 1");
      return stampRow.optional().parse(rows[0])?.stamp;
    },
    async setStamp(stamp) {
      await client.query(
        `INSERT INTO search_state (id, stamp) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp`,
        [stamp],
      );
    },
    async fingerprints() {
      const { rows } = await client.query("SELECT slug, fingerprint FROM search_documents");
      const found = z.array(z.object({ slug: z.string(), fingerprint: z.string() })).parse(rows);
      return new Map(found.map((row) => [row.slug, row.fingerprint]));
    },
    async remove(slugs) {
      const { rows } = await client.query(
        `DELETE FROM search_documents WHERE slug = ANY($1)
         RETURNING slug, fingerprint, published_at, title, summary, body, tags`,
        [slugs],
      );
      const counts = wordCounts(z.array(documentRow).parse(rows).map(toDocument));
      await client.query(
        `UPDATE search_words SET documents = search_words.documents - gone.documents
           FROM unnest($1::text[], $2::integer[]) AS gone (word, documents)
          WHERE search_words.word = gone.word`,
        [[...counts.keys()], [...counts.values()]],
      );
      await client.query("DELETE FROM search_words WHERE documents <= 0");
    },
    async add(documents) {
      const column = (pick: (document: SearchDocument) => string) => documents.map(pick);
      await client.query(
        `INSERT INTO search_documents (slug, fingerprint, published_at, title, summary, body, tags, vector)
         SELECT slug, fingerprint, published_at, title, summary, body, tags,
                setweight(to_tsvector('simple', title), 'A') ||
                setweight(to_tsvector('simple', summary), 'B') ||
                setweight(to_tsvector('simple', tags), 'B') ||
                setweight(to_tsvector('simple', body), 'D')
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS added (slug, fingerprint, published_at, title, summary, body, tags)`,
        [
          column((document) => document.slug),
          column((document) => document.fingerprint),
          column((document) => document.publishedAt),
          column((document) => document.title),
          column((document) => document.summary),
          column((document) => document.body),
          column((document) => document.tags),
        ],
      );
      const counts = wordCounts(documents);
      const words = [...counts.keys()];
      await client.query(
        `INSERT INTO search_words (word, documents, length)
         SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[])
         ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents`,
        [words, [...counts.values()], words.map((word) => Array.from(word).length)],
      );
    },
  };
}

/**
 * A tsquery: each word quoted as a lexeme (never read as an operator), the
 * words of a group joined by |, the groups by & (AND) or | (OR).
 */
export function tsQuery(groups: readonly WordGroup[], combine: "AND" | "OR"): string {
  return groups
    .map((group) => `(${group.map((word) => `'${word.replaceAll("'", "''")}'`).join(" | ")})`)
    .join(combine === "AND" ? " & " : " | ");
}

const stampRow = z.object({ stamp: z.string() });
const wordRow = z.object({ word: z.string() });
const matchRow = z.object({ slug: z.string(), score: z.number() });
const documentRow = z.object({
  slug: z.string(),
  fingerprint: z.string(),
  published_at: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.string(),
});

function toDocument({
  published_at: publishedAt,
  ...rest
}: z.infer<typeof documentRow>): SearchDocument {
  return { ...rest, publishedAt };
}
