import { describe, expect, it } from "vitest";
import { newsSitemapArticles, newsSitemapXml } from "@/lib/seo/news-sitemap";
import { fixtureNow, loadSeoFixtures, seoFixture, testSite } from "../../support/seo";
import { parseXml, textOf } from "../../support/xml";
import { makeArticle } from "../../support/article";

async function windowSlugs(now: Date): Promise<string[]> {
  return newsSitemapArticles(await loadSeoFixtures(), now).map((article) => article.slug);
}

describe("newsSitemapArticles", () => {
  it("keeps the articles of the 48 hours up to now, newest first", async () => {
    expect(await windowSlugs(fixtureNow)).toEqual([
      "at-now",
      "hostile-title",
      "relative-links",
      "window-edge",
    ]);
  });

  it("leaves out an article one second older than 48 hours, drafts and future articles", async () => {
    const slugs = await windowSlugs(fixtureNow);
    expect(slugs).not.toContain("just-outside-window");
    expect(slugs).not.toContain("old-story");
    expect(slugs).not.toContain("draft-story");
    expect(slugs).not.toContain("future-story");
  });

  it("moves with the clock", async () => {
    expect(await windowSlugs(new Date("2024-06-10T12:00:01Z"))).toEqual([
      "future-story",
      "at-now",
      "hostile-title",
      "relative-links",
    ]);
    expect(await windowSlugs(new Date("2024-06-20T00:00:00Z"))).toEqual([]);
  });

  it("counts by publication time, not by update time", async () => {
    // relative-links was published 47 hours before now and updated later; at 49 hours it is out.
    expect(await windowSlugs(new Date("2024-06-10T14:00:00Z"))).not.toContain("relative-links");
  });
});

describe("newsSitemapArticles and live pages", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const update = (at: string) => ({
    id: `u-${at}`,
    at,
    key: false,
    pinned: false,
    html: "<p>x</p>",
  });
  const live = (updates: string[]) =>
    makeArticle({
      slug: "border-live",
      live: true,
      publishedAt: "2026-11-20T08:00:00Z",
      updates: updates.map(update),
    });

  it("keeps a live page started days ago while its latest update is within the window", () => {
    const running = live(["2026-11-21T08:00:00Z", "2026-11-25T09:00:00Z"]);
    expect(newsSitemapArticles([running], now).map((article) => article.slug)).toEqual([
      "border-live",
    ]);
    expect(newsSitemapArticles([live(["2026-11-22T08:00:00Z"])], now)).toEqual([]);
    // An update timed after now does not count yet.
    expect(newsSitemapArticles([live(["2026-11-26T08:00:00Z"])], now)).toEqual([]);
  });

  it("writes the latest update as the live page's lastmod, under its /live address", () => {
    const xml = newsSitemapXml([live(["2026-11-25T09:00:00Z"])], testSite);
    expect(xml).toContain(`<loc>${testSite.origin}/live/border-live</loc>`);
    expect(xml).toContain("<lastmod>2026-11-25T09:00:00Z</lastmod>");
  });
});

describe("newsSitemapXml", () => {
  it("is a well-formed Google News sitemap with publication, language, date and title", async () => {
    const articles = newsSitemapArticles(await loadSeoFixtures(), fixtureNow);
    const urlset = parseXml(newsSitemapXml(articles, testSite)).urlset as Record<string, unknown>;
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = urlset.url as Record<string, unknown>[];
    expect(urls.map((url) => textOf(url.loc))).toEqual([
      "https://news.example/articles/at-now",
      "https://news.example/articles/hostile-title",
      "https://news.example/articles/relative-links",
      "https://news.example/articles/window-edge",
    ]);
    const relative = urls[2] as Record<string, unknown>;
    expect(relative.lastmod).toBe("2024-06-09T10:00:00+02:00");
    expect(relative["news:news"]).toEqual({
      "news:publication": { "news:name": "Dateline", "news:language": "en" },
      "news:publication_date": "2024-06-08T13:00:00Z",
      "news:title": "Links inside the body are relative on the site",
    });
  });

  it("keeps a hostile title intact and inside its element", async () => {
    const hostile = await seoFixture("hostile-title");
    const urlset = parseXml(newsSitemapXml([hostile], testSite)).urlset as Record<string, unknown>;
    const [url] = urlset.url as Record<string, Record<string, unknown>>[];
    expect(url?.["news:news"]?.["news:title"]).toBe(hostile.title);
  });

  it("is a valid empty sitemap when nothing is recent", () => {
    const urlset = parseXml(newsSitemapXml([], testSite)).urlset;
    expect(urlset).toEqual(expect.objectContaining({ "@_xmlns": expect.any(String) }));
  });
});
