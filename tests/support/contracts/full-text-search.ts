import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isVisibleAt } from "@/lib/article";
import type { Article } from "@/lib/content/schema";
import type { FullTextIndex } from "@/lib/search/full-text-index";
import { openSearchIndex } from "@/lib/search/open-index";
import { createSearchCache, PREPARE_RETRY_MS, SearchNotReady } from "@/lib/search/search-cache";
import { makeArticle } from "../article";
import type { StoreBackend, TestDatabase } from "../store-backends";

/**
 * What search finds and what it cannot reveal, the same on every backend:
 * tests/unit/search/search.test.ts runs it on SQLite (SEARCH_DB),
 * tests/integration/search/postgres-search.test.ts on PostgreSQL (DATABASE_URL).
 */
export const now = new Date("2026-11-25T12:00:00Z");

export const articles: Article[] = [
  makeArticle({
    slug: "ferry-in-body",
    title: "Island council meets",
    summary: "A long meeting about the harbour and its future, with many speakers from the island.",
    html: "<p>The ferry was mentioned once.</p>",
    publishedAt: "2026-11-24T12:00:00Z",
  }),
  makeArticle({
    slug: "ferry-in-headline-old",
    title: "Ferry keeps running through winter",
    summary: "Residents vote to keep the crossing open all year round after a long campaign.",
    html: "<p>The crossing stays open.</p>",
    publishedAt: "2024-01-10T12:00:00Z",
  }),
  makeArticle({
    slug: "ferry-in-headline-new",
    title: "Ferry timetable extended",
    summary: "More sailings in spring, the operator said on Monday after a review of demand.",
    html: "<p>More boats.</p>",
    publishedAt: "2026-11-20T12:00:00Z",
  }),
  makeArticle({
    slug: "draft-ferry",
    title: "Ferry draft story",
    summary: "Not yet published, and never to be found by readers before it is.",
    html: "<p>Ferry.</p>",
    draft: true,
  }),
  makeArticle({
    slug: "elections",
    title: "Regional elections called",
    summary: "Voters go to the polls in March, the electoral commission said.",
    html: "<p>Parties &amp; candidates prepare &lt;now&gt;.</p>",
    tags: ["local-democracy"],
    publishedAt: "2026-11-01T12:00:00Z",
  }),
];

/** Where the app would keep the search index with this database's settings. */
function searchSettings(database: TestDatabase) {
  return {
    DATABASE_URL: database.config.databaseUrl,
    SEARCH_DB: path.join(path.dirname(database.config.databaseFile), "search.db"),
  };
}

/** Raw SQL on the search index's database, on a connection of its own. */
async function searchQuery<T>(database: TestDatabase, sql: string): Promise<T[]> {
  const { DATABASE_URL, SEARCH_DB } = searchSettings(database);
  if (DATABASE_URL) return database.query<T>(sql);
  const db = new Database(SEARCH_DB, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

export function fullTextSearchContract(backend: StoreBackend): void {
  describe(`search on ${backend.name}`, () => {
    let database: TestDatabase;
    const opened: FullTextIndex[] = [];
    const open = () => {
      const index = openSearchIndex(searchSettings(database));
      opened.push(index);
      return index;
    };

    beforeEach(async () => {
      database = await backend.create();
    });

    afterEach(async () => {
      for (const index of opened.splice(0)) await index.close();
      await database.remove();
    });

    const finder = (all: readonly Article[] = articles) => {
      const cache = createSearchCache(open());
      const find = async (query: string, at = now) =>
        (await cache.search(all, query, at, isVisibleAt)).map((hit) => hit.article.slug);
      return { cache, find };
    };

    describe("what it finds", () => {
      it("ranks headline matches above body matches, and newer headlines above older ones", async () => {
        const { find } = finder();
        expect(await find("ferry")).toEqual([
          "ferry-in-headline-new",
          "ferry-in-headline-old",
          "ferry-in-body",
        ]);
      });

      it("returns the best of many matches, as ranking all of them would: newer first among equals", async () => {
        // Every third story has the word in its headline; one story every three days.
        const many = Array.from({ length: 60 }, (_, i) =>
          makeArticle({
            slug: `harbour-${String(i).padStart(2, "0")}`,
            title: i % 3 === 0 ? "Harbour works begin" : "Works begin at last",
            summary: "Cranes arrive at the harbour as the long-delayed works finally begin.",
            html: "<p>The harbour works start.</p>",
            publishedAt: new Date(now.getTime() - i * 3 * 86_400_000)
              .toISOString()
              .replace(/\.\d{3}Z$/, "Z"),
          }),
        );
        const index = open();
        await index.sync(many);
        const all = await index.search("harbour", now, 100);
        expect(all).toHaveLength(60);
        for (const limit of [1, 7, 25]) {
          const best = await index.search("harbour", now, limit);
          expect(best.map((hit) => hit.slug)).toEqual(all.slice(0, limit).map((hit) => hit.slug));
        }
        const scores = all.map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        const headlines = all
          .map((hit) => hit.slug)
          .filter((slug) => Number(slug.slice(-2)) % 3 === 0);
        expect(headlines).toEqual([...headlines].sort());
        expect(all[0]?.slug).toBe("harbour-00");
      });

      it("never returns what readers may not see", async () => {
        const { find } = finder();
        expect(await find("draft")).not.toContain("draft-ferry");
      });

      it("matches word beginnings, small typos, tags and decoded body text", async () => {
        const { find } = finder();
        expect(await find("elect")).toEqual(["elections"]);
        expect(await find("electoins")).toEqual(["elections"]);
        expect(await find("democracy")).toEqual(["elections"]);
        expect(await find("candidates")).toEqual(["elections"]);
        // Shorter words allow no typo: "ferey" would be "ferry" with one, but is 5 letters...
        expect(await find("ferey")).toHaveLength(3);
        // ...while 4 letters must be exact or a beginning.
        expect(await find("ferr")).toHaveLength(3);
        expect(await find("fery")).toEqual([]);
      });

      it("prefers stories matching every word, and falls back to any word", async () => {
        const { find } = finder();
        expect(await find("ferry timetable")).toEqual(["ferry-in-headline-new"]);
        expect(await find("timetable polls")).toEqual(
          expect.arrayContaining(["ferry-in-headline-new", "elections"]),
        );
      });

      it("treats special characters as word breaks, never as syntax", async () => {
        const { find } = finder();
        for (const query of [
          '"ferry',
          "ferry)",
          "(*)",
          "ferry OR 1=1; --",
          "ferry AND NOT timetable",
          "'ferry' | timetable:*",
          "<script>",
          "\\",
          "%",
          "ferry^2",
          "NEAR(ferry timetable)",
        ]) {
          await expect(find(query), query).resolves.toBeInstanceOf(Array);
        }
        expect(await find("ferry)")).toContain("ferry-in-headline-new");
        expect(await find("(*)")).toEqual([]);
        // "NOT" and "AND" are words to look for, not operators.
        expect(await find("ferry AND NOT timetable")).toEqual(
          await find("ferry and not timetable"),
        );
      });

      it("finds a live page by the headline and text of its updates", async () => {
        const live = makeArticle({
          slug: "harbour-live",
          title: "Harbour strike, live",
          summary:
            "Updates through the day from the harbour, as the strike goes on and talks resume.",
          live: true,
          updates: [
            {
              id: "update-1",
              at: "2026-11-24T08:00:00Z",
              headline: "Cranes stand idle",
              key: false,
              pinned: false,
              html: "<p>Negotiators meet at the quayside warehouse.</p>",
            },
          ],
        });
        const { find } = finder([...articles, live]);
        expect(await find("cranes idle")).toEqual(["harbour-live"]);
        expect(await find("quayside warehouse")).toEqual(["harbour-live"]);
      });

      it("returns the matched words for highlighting", async () => {
        const { cache } = finder();
        const [hit] = await cache.search(articles, "timetable", now, isVisibleAt);
        expect(hit?.terms).toEqual(["timetable"]);
        const [elect] = await cache.search(articles, "elect", now, isVisibleAt);
        expect(elect?.terms).toEqual(expect.arrayContaining(["elections", "electoral"]));
      });
    });

    describe("what it can reveal of hidden articles", () => {
      // Words that exist only in a draft, a scheduled and an expired story.
      const hidden: Article[] = [
        makeArticle({
          slug: "draft-embargo",
          title: "Quokkagate minister resigns",
          summary: "A draft about a resignation over the ferry contract, kept back by the editors.",
          draft: true,
          publishedAt: "2026-11-20T12:00:00Z",
        }),
        makeArticle({
          slug: "scheduled-embargo",
          title: "Zyloph merger announced",
          summary:
            "A ferry merger to be announced tomorrow morning under embargo, at nine o'clock.",
          publishedAt: "2026-11-26T09:00:00Z",
        }),
        makeArticle({
          slug: "expired-embargo",
          title: "Wexmoor festival tickets",
          summary:
            "A notice about festival ferry tickets, taken down when the sale ended last week.",
          publishedAt: "2026-11-01T12:00:00Z",
          expiresAt: "2026-11-18T12:00:00Z",
        }),
      ];
      const all = [...articles, ...hidden];

      it("finds nothing for a word or prefix only hidden stories hold", async () => {
        const { find } = finder(all);
        for (const word of ["quokkagate", "zyloph", "wexmoor", "quo", "zyl", "wex", "embargo"]) {
          expect(await find(word), word).toEqual([]);
        }
      });

      it("answers a hidden word next to a public one as if the hidden word were in no story", async () => {
        const { find } = finder(all);
        // The hidden stories mention ferries too. Were they indexed, "quokkagate ferry" would
        // match only the draft and (filtered after ranking) answer nothing, while
        // "nosuchword ferry" falls back to any word: the difference gives the headline away.
        for (const word of ["quokkagate", "zyloph", "wexmoor", "quok"]) {
          expect(await find(`${word} ferry`), word).toEqual(await find("nosuchword ferry"));
        }
        expect(await find("nosuchword ferry")).toHaveLength(3);
      });

      it("finds a scheduled story from its time on, and an expired one no more", async () => {
        const { cache, find } = finder(all);
        expect(await find("zyloph", new Date("2026-11-26T08:59:59Z"))).toEqual([]);
        const before = cache.syncs;
        expect(await find("zyloph", new Date("2026-11-26T09:00:00Z"))).toEqual([
          "scheduled-embargo",
        ]);
        expect(await find("wexmoor", new Date("2026-11-18T11:59:59Z"))).toEqual([
          "expired-embargo",
        ]);
        expect(cache.syncs).toBeGreaterThan(before);
      });
    });

    describe("keeping the index up to date", () => {
      it("indexes a changed article again, and forgets a removed one and its words", async () => {
        const { find } = finder();
        expect(await find("timetable")).toEqual(["ferry-in-headline-new"]);
        const changed = articles.map((article) =>
          article.slug === "ferry-in-headline-new"
            ? { ...article, title: "Ferry schedule extended" }
            : article,
        );
        const second = createSearchCache(open());
        const search = async (list: readonly Article[], query: string) =>
          (await second.search(list, query, now, isVisibleAt)).map((hit) => hit.article.slug);
        expect(await search(changed, "timetable")).toEqual([]);
        expect(await search(changed, "schedule")).toEqual(["ferry-in-headline-new"]);
        const removed = changed.filter((article) => article.slug !== "elections");
        expect(await search(removed, "elect")).toEqual([]);
        expect(await search(removed, "democracy")).toEqual([]);
      });

      it("counts each word's documents exactly, when a batch adds or removes several holding it", async () => {
        const { find } = finder();
        const documentsHolding = async (word: string) =>
          (
            await searchQuery<{ documents: number }>(
              database,
              `SELECT documents FROM search_words WHERE word = '${word}'`,
            )
          ).map((row) => Number(row.documents));
        await find("ferry");
        // The three published ferry stories (the draft is not indexed).
        expect(await documentsHolding("ferry")).toEqual([3]);
        expect(await documentsHolding("crossing")).toEqual([1]);
        const fewer = articles.filter((article) => !article.slug.startsWith("ferry-in-headline"));
        const second = createSearchCache(open());
        await second.search(fewer, "ferry", now, isVisibleAt);
        expect(await documentsHolding("ferry")).toEqual([1]);
        expect(await documentsHolding("crossing")).toEqual([]);
      });

      it("writes nothing when reopened on the same content, and only what changed otherwise", async () => {
        const first = open();
        await first.sync(articles.filter((article) => !article.draft));
        const written = await searchQuery<{ n: number | string }>(
          database,
          "SELECT COUNT(*) AS n FROM search_documents",
        );
        expect(Number(written[0]?.n)).toBe(4);
        const stampBefore = await searchQuery(database, "SELECT stamp FROM search_state");
        const again = open();
        await again.sync(articles.filter((article) => !article.draft));
        expect(await searchQuery(database, "SELECT stamp FROM search_state")).toEqual(stampBefore);
        const fingerprints = async () =>
          new Map(
            (
              await searchQuery<{ slug: string; fingerprint: string }>(
                database,
                "SELECT slug, fingerprint FROM search_documents",
              )
            ).map((row) => [row.slug, row.fingerprint]),
          );
        const before = await fingerprints();
        const edited = articles
          .filter((article) => !article.draft)
          .map((article) =>
            article.slug === "elections"
              ? { ...article, summary: "Polls open in March." }
              : article,
          );
        await again.sync(edited);
        const after = await fingerprints();
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        const differing = [...after].filter(
          ([slug, fingerprint]) => before.get(slug) !== fingerprint,
        );
        expect(differing.map(([slug]) => slug)).toEqual(["elections"]);
      });

      it("answers for its own content when another process indexed other content in between", async () => {
        const ours = open();
        const theirs = open();
        const visible = articles.filter((article) => !article.draft);
        await ours.sync(visible);
        await theirs.sync(visible.filter((article) => article.slug !== "ferry-in-body"));
        expect((await ours.search("ferry", now)).map((hit) => hit.slug)).toContain("ferry-in-body");
        expect((await theirs.search("ferry", now)).map((hit) => hit.slug)).not.toContain(
          "ferry-in-body",
        );
      });
    });

    describe("the results cache", () => {
      it("tells the reader to come back while a long sync runs, and answers once it is done", async () => {
        const many = Array.from({ length: 1000 }, (_, index) =>
          makeArticle({
            slug: `story-${index}`,
            title: `Harbour story number ${index}`,
            publishedAt: "2026-11-01T12:00:00Z",
          }),
        );
        const cache = createSearchCache(open(), {
          maxQueries: 10,
          resultsForMs: 60_000,
          waitForIndexMs: 0,
        });
        await expect(cache.search(many, "harbour", now, isVisibleAt)).rejects.toBeInstanceOf(
          SearchNotReady,
        );
        // The sync went on without a reader waiting: later searches answer from all of it.
        const hits = await vi.waitFor(() => cache.search(many, "harbour", now, isVisibleAt), {
          timeout: 30_000,
          interval: 50,
        });
        expect(hits).toHaveLength(50);
        expect(cache.syncs).toBe(1);
      });

      it("starts indexing when asked to prepare, says it is preparing, then ready, and a search shares that sync", async () => {
        const cache = createSearchCache(open());
        expect(cache.prepare(articles, now, isVisibleAt)).toEqual({ state: "preparing" });
        expect(cache.syncs).toBe(1);
        await vi.waitFor(() =>
          expect(cache.prepare(articles, now, isVisibleAt)).toEqual({ state: "ready" }),
        );
        expect(await cache.search(articles, "timetable", now, isVisibleAt)).toHaveLength(1);
        expect(cache.syncs).toBe(1);
      });

      it("says why indexing failed, tries again only after a pause, and says ready once it worked", async () => {
        const index = open();
        let failures = 1;
        const flaky: FullTextIndex = {
          ...index,
          sync: (list) =>
            failures-- > 0 ? Promise.reject(new Error("disk full")) : index.sync(list),
        };
        const cache = createSearchCache(flaky);
        const failed = { state: "failed", reason: "disk full" };
        cache.prepare(articles, now, isVisibleAt);
        await vi.waitFor(() => expect(cache.prepare(articles, now, isVisibleAt)).toEqual(failed));
        // Health checks asking again meanwhile start nothing.
        const soon = new Date(now.getTime() + PREPARE_RETRY_MS - 1);
        expect(cache.prepare(articles, soon, isVisibleAt)).toEqual(failed);
        expect(cache.syncs).toBe(1);
        // After the pause the next one tries again (still naming the failure until it works).
        const later = new Date(now.getTime() + PREPARE_RETRY_MS);
        expect(cache.prepare(articles, later, isVisibleAt)).toEqual(failed);
        expect(cache.syncs).toBe(2);
        await vi.waitFor(() =>
          expect(cache.prepare(articles, later, isVisibleAt)).toEqual({ state: "ready" }),
        );
      });

      it("syncs once per content and visibility, and answers a repeated query from memory", async () => {
        const cache = createSearchCache(open(), {
          maxQueries: 2,
          resultsForMs: 60_000,
          waitForIndexMs: 5_000,
        });
        const first = await cache.search(articles, "ferry", now, isVisibleAt);
        expect(await cache.search(articles, "  FERRY ", now, isVisibleAt)).toBe(first);
        expect(cache.syncs).toBe(1);
        // A new content snapshot (a file changed) syncs the index again.
        await cache.search([...articles], "ferry", now, isVisibleAt);
        expect(cache.syncs).toBe(2);
      });

      it("keeps at most maxQueries results, dropping the least recently used, and none past their time", async () => {
        const cache = createSearchCache(open(), {
          maxQueries: 2,
          resultsForMs: 1000,
          waitForIndexMs: 5_000,
        });
        const ferry = await cache.search(articles, "ferry", now, isVisibleAt);
        const elections = await cache.search(articles, "elections", now, isVisibleAt);
        expect(await cache.search(articles, "ferry", now, isVisibleAt)).toBe(ferry);
        await cache.search(articles, "timetable", now, isVisibleAt);
        // "elections" was the least recently used of the three: recomputed (a new array).
        expect(await cache.search(articles, "elections", now, isVisibleAt)).not.toBe(elections);
        const later = new Date(now.getTime() + 1000);
        expect(await cache.search(articles, "elections", later, isVisibleAt)).toEqual(
          await cache.search(articles, "elections", now, isVisibleAt),
        );
        expect(cache.syncs).toBe(1);
      });
    });
  });
}
