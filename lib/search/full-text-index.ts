import { createHash } from "node:crypto";
import type { Article } from "../content/schema";
import {
  documentFingerprint,
  documentWords,
  searchDocument,
  type SearchDocument,
} from "./document";
import { MAX_EXPANSIONS_PER_WORD, PREFIX_MIN_LENGTH, maxEdits, withinEdits } from "./expand";
import { normalizeQuery } from "./query";
import { searchWords } from "./words";

/** An indexed article a query matched, and its score: relevance times recency (higher is better). */
export type StoredMatch = { slug: string; score: number };

/**
 * How a database ranks what a query matched: relevance (its own, with
 * FIELD_BOOST) times recencyFactorSql at `now`, best first, ties newest
 * first, then by slug; at most `limit`.
 */
export type Ranking = { now: Date; limit: number };

/** Words of one query word that are in the index: any of them matches it. */
export type WordGroup = readonly string[];

/**
 * Where the index lives: a database (lib/search/sqlite-storage.ts,
 * lib/search/postgres-storage.ts). It stores documents and the vocabulary
 * (every indexed word and how many documents hold it); ranking, typos and
 * prefixes are decided here, the same for both.
 */
export type SearchStorage = {
  /** Runs `work` as one transaction that other writers (other processes too) wait for. */
  write<T>(work: (writer: StorageWriter) => Promise<T>): Promise<T>;
  /** What the last completed sync recorded (see createFullTextIndex). */
  stamp(): Promise<string | undefined>;
  /** Which of `words` are in the vocabulary. */
  known(words: readonly string[]): Promise<Set<string>>;
  /** Words beginning with `prefix`, those in most documents first. */
  startingWith(prefix: string, limit: number): Promise<string[]>;
  /** Words of `min` to `max` letters (code points). */
  ofLength(min: number, max: number): Promise<string[]>;
  /** The best documents holding a word of every group (AND) or of any group (OR). */
  match(
    groups: readonly WordGroup[],
    combine: "AND" | "OR",
    ranking: Ranking,
  ): Promise<StoredMatch[]>;
  documents(slugs: readonly string[]): Promise<SearchDocument[]>;
  close(): Promise<void>;
};

export type StorageWriter = {
  stamp(): Promise<string | undefined>;
  setStamp(stamp: string): Promise<void>;
  /** slug -> fingerprint of every indexed document. */
  fingerprints(): Promise<Map<string, string>>;
  /** Removes documents and their words from the vocabulary. */
  remove(slugs: readonly string[]): Promise<void>;
  /** Adds documents (none of them indexed yet) and their words. */
  add(documents: readonly SearchDocument[]): Promise<void>;
};

export type IndexedHit = { slug: string; score: number; terms: string[] };

/**
 * A full-text index of headlines, summaries, bodies and tags in a database,
 * so the archive's text is not held in memory.
 * - `sync(articles)` makes it hold exactly those articles: give it only what
 *   readers may see, so a word of a hidden article cannot change any result.
 *   Only articles whose fingerprint changed are read and written again, in
 *   batches, letting other requests run in between.
 * - The sync records a stamp of what it indexed. Another process sharing
 *   the database may index other content (a deploy half rolled out); a
 *   search that finds someone else's stamp syncs again before it answers.
 */
export type FullTextIndex = {
  sync(articles: readonly Article[]): Promise<void>;
  /**
   * Articles matching every word of the query (or, when none match all, any
   * word), best first: headline matches weigh most, then recency.
   */
  search(rawQuery: string, now: Date, limit?: number): Promise<IndexedHit[]>;
  close(): Promise<void>;
};

export function createFullTextIndex(
  storage: SearchStorage,
  { batchSize = 200 }: { batchSize?: number } = {},
): FullTextIndex {
  let synced: { articles: readonly Article[]; stamp: string } | undefined;
  let queue: Promise<void> = Promise.resolve();

  async function syncNow(articles: readonly Article[]): Promise<void> {
    const wanted = new Map(
      articles.map((article) => [
        article.slug,
        { article, fingerprint: documentFingerprint(article) },
      ]),
    );
    const stamp = stampOf(wanted);
    await storage.write(async (writer) => {
      if ((await writer.stamp()) === stamp) return;
      const indexed = await writer.fingerprints();
      const gone = [...indexed]
        .filter(([slug, fingerprint]) => wanted.get(slug)?.fingerprint !== fingerprint)
        .map(([slug]) => slug);
      const fresh = [...wanted.values()].filter(
        ({ article, fingerprint }) => indexed.get(article.slug) !== fingerprint,
      );
      for (let start = 0; start < gone.length; start += batchSize) {
        await writer.remove(gone.slice(start, start + batchSize));
        await yieldToOthers();
      }
      for (let start = 0; start < fresh.length; start += batchSize) {
        await writer.add(
          fresh.slice(start, start + batchSize).map(({ article }) => searchDocument(article)),
        );
        await yieldToOthers();
      }
      await writer.setStamp(stamp);
    });
    synced = { articles, stamp };
  }

  function sync(articles: readonly Article[]): Promise<void> {
    const run = queue.then(() => syncNow(articles));
    // A failed sync fails its callers; the next one starts afresh.
    queue = run.catch(() => undefined);
    return run;
  }

  async function expand(word: string): Promise<string[]> {
    const found = new Set<string>(await storage.known([word]));
    if (Array.from(word).length >= PREFIX_MIN_LENGTH) {
      for (const longer of await storage.startingWith(word, MAX_EXPANSIONS_PER_WORD)) {
        found.add(longer);
      }
    }
    const edits = maxEdits(word);
    if (edits > 0) {
      const length = Array.from(word).length;
      const near = (await storage.ofLength(length - edits, length + edits)).filter((candidate) =>
        withinEdits(word, candidate, edits),
      );
      for (const candidate of near.slice(0, MAX_EXPANSIONS_PER_WORD)) found.add(candidate);
    }
    return [...found];
  }

  return {
    sync,
    async search(rawQuery, now, limit = 50) {
      const words = [...new Set(searchWords(normalizeQuery(rawQuery)))];
      if (words.length === 0) return [];
      await queue;
      if (synced && (await storage.stamp()) !== synced.stamp) await sync(synced.articles);
      const groups = await Promise.all(words.map(expand));
      const present = groups.filter((group) => group.length > 0);
      if (present.length === 0) return [];
      // Every word, else any word (a word no story holds rules out every word at once).
      const everyWord = present.length === groups.length;
      const ranking = { now, limit };
      let ranked = everyWord ? await storage.match(present, "AND", ranking) : [];
      if (ranked.length === 0 && (!everyWord || present.length > 1)) {
        ranked = await storage.match(present, "OR", ranking);
      }
      const documents = new Map(
        (await storage.documents(ranked.map((match) => match.slug))).map((document) => [
          document.slug,
          documentWords(document),
        ]),
      );
      const wanted = [...new Set(present.flat())];
      return ranked.map(({ slug, score }) => {
        const held = documents.get(slug);
        return { slug, score, terms: wanted.filter((word) => held?.has(word) ?? false) };
      });
    },
    async close() {
      await queue;
      await storage.close();
    },
  };
}

function stampOf(wanted: ReadonlyMap<string, { fingerprint: string }>): string {
  const hash = createHash("sha1");
  for (const slug of [...wanted.keys()].sort()) {
    hash.update(`${slug}\u0000${wanted.get(slug)?.fingerprint ?? ""}\u0000`);
  }
  return hash.digest("base64url");
}

/** Lets requests waiting on the event loop run between batches of a long sync. */
function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
