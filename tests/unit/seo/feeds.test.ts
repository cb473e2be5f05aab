import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/schema";
import { atomFeed, FEED_SIZE, jsonFeed, rssFeed, type FeedInput } from "@/lib/seo/feeds";
import { elements, parseHtml, textContent } from "../../support/html";
import {
  fixtureNow,
  loadSeoAuthors,
  loadSeoFixtures,
  publishedFixtureSlugs,
  seoFixture,
  testSite,
} from "../../support/seo";
import { parseXml, textOf } from "../../support/xml";

type Node = Record<string, unknown>;

async function input(overrides: Partial<FeedInput> = {}): Promise<FeedInput> {
  return {
    articles: await loadSeoFixtures(),
    authors: await loadSeoAuthors(),
    site: testSite,
    now: fixtureNow,
    ...overrides,
  };
}

const expectedLinks = publishedFixtureSlugs.map((slug) => `https://news.example/articles/${slug}`);

/** Text of HTML as a reader shows it. */
function htmlToText(html: string): string {
  return textContent(parseHtml(html, true));
}

/** A feed's HTML content must not run scripts in a reader and must be the full body. */
function expectFullSafeContent(html: string, bodyText: string) {
  const tree = parseHtml(html, true);
  expect(elements(tree, (element) => element.tagName === "script")).toEqual([]);
  expect(html).not.toMatch(/<script/i);
  expect(textContent(tree)).toContain(bodyText);
  expect(elements(tree, (element) => element.tagName === "img").length).toBeGreaterThan(0);
}

/** 60 published articles, one minute apart, to check the 50-item limit. */
async function manyArticles(): Promise<Article[]> {
  const template = await seoFixture("at-now");
  return Array.from({ length: FEED_SIZE + 10 }, (_, index) => ({
    ...template,
    slug: `story-${index}`,
    title: `Story ${index}`,
    publishedAt: new Date(fixtureNow.getTime() - index * 60_000).toISOString(),
  }));
}

describe("RSS 2.0 feed", () => {
  async function items(overrides: Partial<FeedInput> = {}) {
    const rss = parseXml(rssFeed(await input(overrides))).rss as Node;
    expect(rss["@_version"]).toBe("2.0");
    const channel = rss.channel as Node;
    return { channel, items: (channel.item ?? []) as Node[] };
  }

  it("has one item per published article, newest first, with absolute links", async () => {
    const { channel, items: list } = await items();
    expect(textOf(channel.title)).toBe("Dateline");
    expect(textOf(channel.link)).toBe("https://news.example/");
    expect(list.map((item) => textOf(item.link))).toEqual(expectedLinks);
    expect(list.map((item) => textOf(item.guid))).toEqual(expectedLinks);
  });

  it("carries titles exactly, hostile ones included", async () => {
    const hostile = await seoFixture("hostile-title");
    const { items: list } = await items();
    expect(textOf(list[1]?.title)).toBe(hostile.title);
    expect(textOf(list[0]?.title)).toBe("Published at the very moment of the test clock");
  });

  it("has the full sanitized article, authors, categories, date and the photo as enclosure", async () => {
    const { items: list } = await items({ imageBytes: new Map([["/images/photo.jpg", 1234]]) });
    const item = list[2] as Node;
    expect(textOf(item.title)).toBe("Links inside the body are relative on the site");
    expectFullSafeContent(textOf(item["content:encoded"]), "See the earlier story, a sibling");
    expect(textOf(item["content:encoded"])).toContain(
      'href="https://news.example/articles/sibling-story"',
    );
    expect(htmlToText(textOf(item.description))).toBe("Feeds must make them absolute.");
    expect((item["dc:creator"] as unknown[]).map(textOf)).toEqual(["First Author, Second Author"]);
    expect((item.category as unknown[]).map(textOf)).toEqual(["Science", "links"]);
    expect(textOf(item.pubDate)).toBe("Sat, 08 Jun 2024 13:00:00 GMT");
    expect(item.enclosure).toEqual({
      "@_url": "https://news.example/images/photo.jpg",
      "@_type": "image/jpeg",
      "@_length": "1234",
    });
  });

  it("keeps hostile text out of the markup", async () => {
    const hostile = await seoFixture("hostile-title");
    const { items: list } = await items();
    const item = list[1] as Node;
    expectFullSafeContent(
      textOf(item["content:encoded"]),
      "Body text with ]]> and again ]]> & raw tags",
    );
    expect(htmlToText(textOf(item.description))).toBe(hostile.summary);
    expect((item["dc:creator"] as unknown[]).map(textOf)).toEqual(["Reporter </script> & Co"]);
  });

  it("dates the channel by its newest change, not by the clock", async () => {
    const { channel } = await items({ articles: [await seoFixture("old-story")] });
    expect(textOf(channel.lastBuildDate)).toBe("Mon, 25 Feb 2019 08:00:00 GMT");
  });

  it("carries the newest 50 articles", async () => {
    const { items: list } = await items({ articles: await manyArticles() });
    expect(list).toHaveLength(FEED_SIZE);
    expect(textOf(list[0]?.title)).toBe("Story 0");
    expect(textOf(list.at(-1)?.title)).toBe(`Story ${FEED_SIZE - 1}`);
  });
});

describe("Atom 1.0 feed", () => {
  async function entries() {
    const feed = parseXml(atomFeed(await input())).feed as Node;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    return { feed, entries: feed.entry as Node[] };
  }

  function linkOf(entry: Node, rel?: string): Node | undefined {
    return (entry.link as Node[]).find((link) => link["@_rel"] === rel);
  }

  it("has one entry per published article with absolute links and ids", async () => {
    const { feed, entries: list } = await entries();
    expect(textOf(feed.id)).toBe("https://news.example/");
    expect(list.map((entry) => linkOf(entry)?.["@_href"])).toEqual(expectedLinks);
    expect(list.map((entry) => textOf(entry.id))).toEqual(expectedLinks);
    expect(linkOf(feed, "self")?.["@_href"]).toBe("https://news.example/atom.xml");
  });

  it("has HTML titles that show the exact headline", async () => {
    const hostile = await seoFixture("hostile-title");
    const { entries: list } = await entries();
    expect((list[1]?.title as Node)["@_type"]).toBe("html");
    expect(htmlToText(textOf(list[1]?.title))).toBe(hostile.title);
  });

  it("has the full article, authors, dates, categories and the photo", async () => {
    const { entries: list } = await entries();
    const entry = list[2] as Node;
    expectFullSafeContent(textOf(entry.content), "See the earlier story, a sibling");
    expect((entry.author as Node[]).map((author) => textOf(author.name))).toEqual([
      "First Author",
      "Second Author",
    ]);
    expect(textOf(entry.published)).toBe("2024-06-08T13:00:00.000Z");
    expect(textOf(entry.updated)).toBe("2024-06-09T08:00:00.000Z");
    expect((entry.category as Node[]).map((category) => category["@_term"])).toEqual([
      "science",
      "links",
    ]);
    expect(linkOf(entry, "enclosure")?.["@_href"]).toBe("https://news.example/images/photo.jpg");
  });

  it("keeps hostile names and content out of the markup", async () => {
    const { entries: list } = await entries();
    const entry = list[1] as Node;
    expectFullSafeContent(textOf(entry.content), "Body text with ]]> and again ]]>");
    expect((entry.author as Node[]).map((author) => textOf(author.name))).toEqual([
      "Reporter </script> & Co",
    ]);
  });
});

describe("JSON Feed 1.1", () => {
  async function feed(overrides: Partial<FeedInput> = {}) {
    return JSON.parse(jsonFeed(await input(overrides))) as Node & { items: Node[] };
  }

  it("has the required top-level fields of version 1.1", async () => {
    const document = await feed();
    expect(document.version).toBe("https://jsonfeed.org/version/1.1");
    expect(document.title).toBe("Dateline");
    expect(document.home_page_url).toBe("https://news.example/");
    expect(document.feed_url).toBe("https://news.example/feed.json");
    expect(document.language).toBe("en");
    expect(document.authors).toEqual([{ name: "Dateline", url: "https://news.example/" }]);
    expect(document).not.toHaveProperty("author");
    expect(Array.isArray(document.items)).toBe(true);
  });

  it("has one item per published article, each with an id, a URL and full HTML content", async () => {
    const { items } = await feed();
    expect(items.map((item) => item.url)).toEqual(expectedLinks);
    for (const item of items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html).toBe("string");
      expect(item.image).toBe("https://news.example/images/photo.jpg");
      expect(Date.parse(String(item.date_published))).not.toBeNaN();
    }
    expectFullSafeContent(String(items[2]?.content_html), "See the earlier story, a sibling");
  });

  it("lists every author and carries hostile text exactly", async () => {
    const hostile = await seoFixture("hostile-title");
    const { items } = await feed();
    expect(items[2]?.authors).toEqual([{ name: "First Author" }, { name: "Second Author" }]);
    expect(items[1]).toMatchObject({
      title: hostile.title,
      summary: hostile.summary,
      authors: [{ name: "Reporter </script> & Co" }],
      tags: ["Europe", "security", "summits"],
      date_published: "2024-06-10T06:00:00.000Z",
    });
    expectFullSafeContent(String(items[1]?.content_html), "Body text with ]]> and again ]]>");
  });

  it("carries the newest 50 articles", async () => {
    const { items } = await feed({ articles: await manyArticles() });
    expect(items).toHaveLength(FEED_SIZE);
  });
});
