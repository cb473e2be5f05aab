import { describe, expect, it } from "vitest";
import { sections } from "@/lib/sections";
import {
  chunkSitemap,
  MAX_URLS_PER_SITEMAP,
  sitemapChunk,
  sitemapEntries,
  sitemapIds,
  sitemapIndexXml,
} from "@/lib/seo/sitemaps";
import { fixtureNow, loadSeoFixtures, publishedFixtureSlugs, testSite } from "../../support/seo";
import { parseXml, textOf } from "../../support/xml";

async function entries() {
  return sitemapEntries(await loadSeoFixtures(), sections, testSite, fixtureNow);
}

describe("sitemapEntries", () => {
  it("lists the front page, every section, then every published article, newest first", async () => {
    const urls = (await entries()).map((entry) => entry.url);
    expect(urls).toEqual([
      "https://news.example/",
      ...sections.map((section) => `https://news.example/sections/${section.slug}`),
      ...publishedFixtureSlugs.map((slug) => `https://news.example/articles/${slug}`),
    ]);
  });

  it("leaves out drafts and articles published after now", async () => {
    const urls = (await entries()).map((entry) => entry.url).join("\n");
    expect(urls).not.toContain("draft-story");
    expect(urls).not.toContain("future-story");
  });

  it("includes a future article once its time has come", async () => {
    const later = new Date("2024-06-10T12:00:01Z");
    const urls = sitemapEntries(await loadSeoFixtures(), sections, testSite, later).map(
      (e) => e.url,
    );
    expect(urls).toContain("https://news.example/articles/future-story");
  });

  it("gives each article its own lastmod: its update time, else its publication time", async () => {
    const bySlug = new Map((await entries()).map((entry) => [entry.url.split("/").at(-1), entry]));
    expect(bySlug.get("relative-links")?.lastModified).toBe("2024-06-09T10:00:00+02:00");
    expect(bySlug.get("old-story")?.lastModified).toBe("2019-02-25T09:00:00+01:00");
    expect(bySlug.get("window-edge")?.lastModified).toBe("2024-06-08T12:00:00Z");
  });

  it("dates the front page and sections by their newest change, and an empty section not at all", async () => {
    const byUrl = new Map((await entries()).map((entry) => [entry.url, entry]));
    expect(byUrl.get("https://news.example/")?.lastModified).toBe("2024-06-10T14:00:00+02:00");
    // The Americas: old-story (updated 2019) and just-outside-window (2024-06-08T11:59:59Z).
    expect(byUrl.get("https://news.example/sections/americas")?.lastModified).toBe(
      "2024-06-08T11:59:59Z",
    );
    // Europe's only published story is hostile-title; the draft and the future story do not count.
    expect(byUrl.get("https://news.example/sections/europe")?.lastModified).toBe(
      "2024-06-10T08:00:00+02:00",
    );
    const empty = sitemapEntries([], sections, testSite, fixtureNow);
    expect(empty.every((entry) => entry.lastModified === undefined)).toBe(true);
  });
});

describe("splitting into sitemaps of at most 50,000 URLs", () => {
  const items = Array.from({ length: 7 }, (_, index) => index);

  it("chunks in order, the last chunk holding the rest", () => {
    expect(chunkSitemap(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunkSitemap(items, 7)).toEqual([items]);
    expect(chunkSitemap(items, 1)).toHaveLength(7);
  });

  it("always has one sitemap, even with nothing to list", () => {
    expect(chunkSitemap([], 3)).toEqual([[]]);
    expect(sitemapIds(0, 3)).toEqual([{ id: 0 }]);
  });

  it("has one id per chunk", () => {
    expect(sitemapIds(7, 3)).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }]);
    expect(sitemapIds(6, 3)).toEqual([{ id: 0 }, { id: 1 }]);
    expect(sitemapIds(MAX_URLS_PER_SITEMAP)).toEqual([{ id: 0 }]);
    expect(sitemapIds(MAX_URLS_PER_SITEMAP + 1)).toEqual([{ id: 0 }, { id: 1 }]);
  });

  it("finds the chunk for an id as Next.js passes it, and nothing for any other id", () => {
    expect(sitemapChunk(items, "1", 3)).toEqual([3, 4, 5]);
    for (const id of ["3", "-1", "01", "1.5", "x", ""]) {
      expect(sitemapChunk(items, id, 3)).toBeUndefined();
    }
  });

  it("refuses a chunk size that is not a positive integer", () => {
    expect(() => chunkSitemap(items, 0)).toThrow(RangeError);
    expect(() => chunkSitemap(items, 2.5)).toThrow(RangeError);
  });
});

describe("sitemapIndexXml", () => {
  it("is a well-formed index listing each page sitemap with its newest lastmod", async () => {
    const all = await entries();
    const xml = sitemapIndexXml(all, testSite, 5);
    const index = parseXml(xml).sitemapindex as Record<string, unknown>;
    expect(index["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const children = index.sitemap as Record<string, unknown>[];
    expect(children.map((child) => textOf(child.loc))).toEqual([
      "https://news.example/sitemaps/sitemap/0.xml",
      "https://news.example/sitemaps/sitemap/1.xml",
      "https://news.example/sitemaps/sitemap/2.xml",
    ]);
    // 0: home and four sections; 1: science and four articles; 2: just-outside-window, old-story.
    expect(children.map((child) => child.lastmod)).toEqual([
      "2024-06-10T14:00:00+02:00",
      "2024-06-10T14:00:00+02:00",
      "2024-06-08T11:59:59Z",
    ]);
  });

  it("has one page sitemap at the real limit", async () => {
    const index = parseXml(sitemapIndexXml(await entries(), testSite)).sitemapindex as Record<
      string,
      unknown
    >;
    expect(index.sitemap).toHaveLength(1);
  });
});
