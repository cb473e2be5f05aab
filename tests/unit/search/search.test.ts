import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/schema";
import { highlight } from "@/lib/search/highlight";
import { isVisibleAt } from "@/lib/article";
import {
  MAX_RECENCY_BOOST,
  buildSearchIndex,
  recencyFactor,
  searchArticles,
} from "@/lib/search/index";
import { createSearchCache } from "@/lib/search/search-cache";
import { MAX_QUERY_LENGTH, normalizeQuery } from "@/lib/search/query";
import { makeArticle } from "../../support/article";

const now = new Date("2026-11-25T12:00:00Z");

const articles: Article[] = [
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
const cache = createSearchCache();
const search = (query: string) =>
  cache.search(articles, query, now, isVisibleAt).map((hit) => hit.article.slug);

describe("searchArticles", () => {
  it("ranks headline matches above body matches, and newer headlines above older ones", () => {
    expect(search("ferry")).toEqual([
      "ferry-in-headline-new",
      "ferry-in-headline-old",
      "ferry-in-body",
    ]);
  });

  it("never returns what readers may not see", () => {
    expect(search("draft")).not.toContain("draft-ferry");
  });

  it("matches word beginnings, small typos, tags and decoded body text", () => {
    expect(search("elect")).toEqual(["elections"]);
    expect(search("electoins")).toEqual(["elections"]);
    expect(search("democracy")).toEqual(["elections"]);
    expect(search("candidates")).toEqual(["elections"]);
  });

  it("prefers stories matching every word, and falls back to any word", () => {
    expect(search("ferry timetable")).toEqual(["ferry-in-headline-new"]);
    expect(search("timetable polls")).toEqual(
      expect.arrayContaining(["ferry-in-headline-new", "elections"]),
    );
  });

  it("treats special characters as word breaks, never as syntax", () => {
    for (const query of [
      '"ferry',
      "ferry)",
      "(*)",
      "ferry OR 1=1; --",
      "<script>",
      "\\",
      "%",
      "ferry^2",
    ]) {
      expect(() => search(query), query).not.toThrow();
    }
    expect(search("ferry)")).toContain("ferry-in-headline-new");
    expect(search("(*)")).toEqual([]);
  });

  it("finds a live page by the headline and text of its updates", () => {
    const live = makeArticle({
      slug: "harbour-live",
      title: "Harbour strike, live",
      summary: "Updates through the day from the harbour, as the strike goes on and talks resume.",
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
    const hits = (query: string) =>
      searchArticles(buildSearchIndex([...articles, live]), query, { now }).map(
        (hit) => hit.article.slug,
      );
    expect(hits("cranes idle")).toEqual(["harbour-live"]);
    expect(hits("quayside warehouse")).toEqual(["harbour-live"]);
  });

  it("returns the matched terms for highlighting", () => {
    const [hit] = searchArticles(buildSearchIndex(articles), "timetable", { now });
    expect(hit?.terms).toEqual(["timetable"]);
  });
});

describe("what search can reveal of hidden articles", () => {
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
      summary: "A ferry merger to be announced tomorrow morning under embargo, at nine o'clock.",
      publishedAt: "2026-11-26T09:00:00Z",
    }),
    makeArticle({
      slug: "expired-embargo",
      title: "Wexmoor festival tickets",
      summary: "A notice about festival ferry tickets, taken down when the sale ended last week.",
      publishedAt: "2026-11-01T12:00:00Z",
      expiresAt: "2026-11-18T12:00:00Z",
    }),
  ];
  const all = [...articles, ...hidden];
  const leakCache = createSearchCache();
  const find = (query: string, at = now) =>
    leakCache.search(all, query, at, isVisibleAt).map((hit) => hit.article.slug);

  it.each(["quokkagate", "zyloph", "wexmoor", "quo", "zyl", "wex", "embargo"])(
    "finds nothing for %s, a word or prefix only hidden stories hold",
    (word) => {
      expect(find(word)).toEqual([]);
    },
  );

  it("answers a hidden word next to a public one as if the hidden word were in no story", () => {
    // The hidden stories mention ferries too. Were they indexed, "quokkagate ferry" would
    // match only the draft and (filtered after ranking) answer nothing, while
    // "nosuchword ferry" falls back to any word: the difference gives the headline away.
    for (const word of ["quokkagate", "zyloph", "wexmoor", "quok"]) {
      expect(find(`${word} ferry`), word).toEqual(find("nosuchword ferry"));
    }
    expect(find("nosuchword ferry")).toHaveLength(3);
  });

  it("finds a scheduled story from its time on, and an expired one no more", () => {
    const before = leakCache.indexesBuilt;
    expect(find("zyloph", new Date("2026-11-26T08:59:59Z"))).toEqual([]);
    expect(find("zyloph", new Date("2026-11-26T09:00:00Z"))).toEqual(["scheduled-embargo"]);
    expect(find("wexmoor", new Date("2026-11-18T11:59:59Z"))).toEqual(["expired-embargo"]);
    expect(leakCache.indexesBuilt).toBeGreaterThan(before);
  });
});

describe("createSearchCache", () => {
  it("builds the index once per content and visibility, and answers a repeated query from memory", () => {
    const cache = createSearchCache({ maxQueries: 2, resultsForMs: 60_000 });
    const first = cache.search(articles, "ferry", now, isVisibleAt);
    expect(cache.search(articles, "  FERRY ", now, isVisibleAt)).toBe(first);
    expect(cache.indexesBuilt).toBe(1);
    // A new content snapshot (a file changed) gets a new index.
    cache.search([...articles], "ferry", now, isVisibleAt);
    expect(cache.indexesBuilt).toBe(2);
  });

  it("keeps at most maxQueries results, dropping the least recently used, and none past their time", () => {
    const cache = createSearchCache({ maxQueries: 2, resultsForMs: 1000 });
    const ferry = cache.search(articles, "ferry", now, isVisibleAt);
    const elections = cache.search(articles, "elections", now, isVisibleAt);
    expect(cache.search(articles, "ferry", now, isVisibleAt)).toBe(ferry);
    cache.search(articles, "timetable", now, isVisibleAt);
    // "elections" was the least recently used of the three: recomputed (a new array).
    expect(cache.search(articles, "elections", now, isVisibleAt)).not.toBe(elections);
    const later = new Date(now.getTime() + 1000);
    expect(cache.search(articles, "elections", later, isVisibleAt)).toEqual(
      cache.search(articles, "elections", now, isVisibleAt),
    );
    expect(cache.indexesBuilt).toBe(1);
  });
});

describe("recencyFactor", () => {
  it("gives today's story the full bonus, fading with age towards none", () => {
    expect(recencyFactor(now.toISOString(), now)).toBeCloseTo(MAX_RECENCY_BOOST);
    const month = recencyFactor("2026-10-26T12:00:00Z", now);
    const year = recencyFactor("2025-11-25T12:00:00Z", now);
    expect(month).toBeLessThan(MAX_RECENCY_BOOST);
    expect(year).toBeLessThan(month);
    expect(year).toBeGreaterThan(1);
    // A story dated after now gets no more than today's.
    expect(recencyFactor("2027-01-01T00:00:00Z", now)).toBeCloseTo(MAX_RECENCY_BOOST);
  });
});

describe("normalizeQuery", () => {
  it("trims, collapses spaces, drops control characters and limits the length", () => {
    expect(normalizeQuery("  night \n\t trains ")).toBe("night trains");
    expect(normalizeQuery("a\u0000b\u202Ec")).toBe("a b c");
    expect(normalizeQuery("x".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery(["first", "second"])).toBe("first");
    expect(normalizeQuery(undefined)).toBe("");
  });

  it("never cuts an emoji in half", () => {
    const cut = normalizeQuery("😀".repeat(MAX_QUERY_LENGTH + 5));
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe("highlight", () => {
  it("marks whole matched words, case-insensitively, and keeps the rest as text", () => {
    expect(highlight("Ferry timetable: ferrying <b>ferry</b>", ["ferry"])).toEqual([
      { text: "Ferry", match: true },
      { text: " timetable: ferrying <b>", match: false },
      { text: "ferry", match: true },
      { text: "</b>", match: false },
    ]);
    expect(highlight("Nothing here", ["ferry"])).toEqual([{ text: "Nothing here", match: false }]);
  });
});
