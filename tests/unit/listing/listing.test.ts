import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/schema";
import { listingGroups } from "@/lib/listing/groups";
import { frontPage, inSection, tagLabel } from "@/lib/listing/listing";
import { sections } from "@/lib/sections";
import { makeArticle } from "../../support/article";

/** Newest first, as the data layer hands them over. */
const articles: Article[] = [
  makeArticle({
    slug: "e1",
    section: "europe",
    tags: ["rail"],
    authors: ["ana"],
    publishedAt: "2026-11-10T12:00:00Z",
  }),
  makeArticle({
    slug: "s1",
    section: "science",
    tags: ["climate"],
    authors: ["ben"],
    publishedAt: "2026-11-09T12:00:00Z",
  }),
  makeArticle({
    slug: "e2",
    section: "europe",
    tags: ["rail", "cities"],
    authors: ["ana", "ben"],
    publishedAt: "2026-11-08T12:00:00Z",
  }),
  makeArticle({
    slug: "a1",
    section: "africa",
    tags: ["climate"],
    authors: ["chen"],
    publishedAt: "2026-11-07T12:00:00Z",
  }),
  makeArticle({
    slug: "e3",
    section: "europe",
    tags: [],
    authors: ["ana"],
    publishedAt: "2026-11-06T12:00:00Z",
  }),
  makeArticle({
    slug: "s2",
    section: "science",
    tags: ["climate"],
    authors: ["ben"],
    publishedAt: "2026-11-05T12:00:00Z",
  }),
  makeArticle({
    slug: "e4",
    section: "europe",
    tags: ["rail"],
    authors: ["ana"],
    publishedAt: "2026-11-04T12:00:00Z",
  }),
];
const slugs = (list: readonly Article[]) => list.map((article) => article.slug);

describe("listings", () => {
  it("group by section, tag and author, keeping newest first", () => {
    const groups = listingGroups(articles);
    expect(slugs(groups.section("europe"))).toEqual(["e1", "e2", "e3", "e4"]);
    expect(slugs(groups.tag("climate"))).toEqual(["s1", "a1", "s2"]);
    expect(slugs(groups.author("ben"))).toEqual(["s1", "e2", "s2"]);
    expect(groups.section("asia-pacific")).toEqual([]);
    expect(groups.tag("unknown")).toEqual([]);
    expect(slugs(inSection(articles, "europe"))).toEqual(slugs(groups.section("europe")));
  });

  it("list an article once under a tag or author written twice", () => {
    const twice = [makeArticle({ slug: "t", tags: ["rail", "rail"], authors: ["ana", "ana"] })];
    expect(slugs(listingGroups(twice).tag("rail"))).toEqual(["t"]);
    expect(slugs(listingGroups(twice).author("ana"))).toEqual(["t"]);
  });

  it("are made once per array, and again for a new one", () => {
    expect(listingGroups(articles)).toBe(listingGroups(articles));
    const fewer = articles.slice(1);
    expect(listingGroups(fewer)).not.toBe(listingGroups(articles));
    expect(slugs(listingGroups(fewer).section("europe"))).toEqual(["e2", "e3", "e4"]);
  });

  it("list every tag once, alphabetically, and label them for headings", () => {
    expect(listingGroups(articles).tags).toEqual(["cities", "climate", "rail"]);
    expect(tagLabel("border-crossings")).toBe("Border crossings");
  });
});

describe("frontPage", () => {
  it("leads with the newest story, then a band, then the rest by section, never twice", () => {
    const page = frontPage(articles, { topCount: 2, perSection: 2 });
    expect(page.lead?.slug).toBe("e1");
    expect(slugs(page.top)).toEqual(["s1", "e2"]);
    expect(
      page.bySection.map(({ section, articles: list }) => [section.slug, slugs(list)]),
    ).toEqual([
      ["europe", ["e3", "e4"]],
      ["africa", ["a1"]],
      ["science", ["s2"]],
    ]);
    const shown = [
      page.lead?.slug,
      ...slugs(page.top),
      ...page.bySection.flatMap((group) => slugs(group.articles)),
    ];
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("orders the section blocks by the sections' order", () => {
    const reversed = [...sections].map((section, index) => ({ ...section, order: 10 - index }));
    const page = frontPage(articles, { topCount: 0, perSection: 1, sectionList: reversed });
    expect(page.bySection.map(({ section }) => section.slug)).toEqual([
      "science",
      "africa",
      "europe",
    ]);
  });

  it("is empty when nothing is published", () => {
    expect(frontPage([])).toEqual({ lead: undefined, top: [], bySection: [] });
  });
});
