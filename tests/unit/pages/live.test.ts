import { describe, expect, it } from "vitest";
import type { Article, LiveUpdate } from "@/lib/content/schema";
import { liveAtomFeed } from "@/lib/seo/live-feed";
import { LIVE_UPDATES_PER_PAGE, livePageCount } from "@/lib/live-timeline";
import { livePageModel, liveUpdatesSummary, parseLivePage } from "@/lib/pages/live";
import { site } from "@/lib/site";
import { makeArticle } from "../../support/article";
import { livePaths } from "../../support/fixtures";
import { loadContent } from "../../support/load-content";

const now = new Date("2019-02-24T12:00:00Z");

async function fixtures() {
  const { articles, authors } = await loadContent(livePaths());
  const live = articles.find((article) => article.slug === "border-day-live");
  const ended = articles.find((article) => article.slug === "border-day-ended");
  if (!live || !ended) throw new Error("live fixtures missing");
  return { live, ended, authors };
}

/** A live page with `count` updates, one every ten minutes; every fifth a key event. */
function longLivePage(count: number): Article {
  const updates: LiveUpdate[] = Array.from({ length: count }, (_, index) => {
    const at = new Date(Date.UTC(2019, 1, 23, 10, 0) + index * 600_000).toISOString();
    return {
      id: `update-${index + 1}`,
      at,
      headline: `Update ${index + 1}`,
      key: index % 5 === 0,
      pinned: false,
      html: `<p>Text ${index + 1}</p>`,
    };
  });
  return makeArticle({ slug: "long-day", live: true, updates, authors: [] });
}

describe("a live page's model", () => {
  it("shows the pinned update first, then the others newest first", async () => {
    const { live, authors } = await fixtures();
    const page = livePageModel(live, 1, authors, now);
    expect(page?.pinned?.id).toBe("update-20190223-130500");
    expect(page?.updates.map((update) => update.id)).toEqual([
      "update-20190223-153000",
      "update-20190223-114000",
    ]);
    expect(page?.updates[0]).toMatchObject({
      headline: "Convoy leaves with aid",
      href: "/live/border-day-live#update-20190223-153000",
      url: `${site.origin}/live/border-day-live#update-20190223-153000`,
    });
    expect(page?.updates[0]?.image).toMatchObject({ width: 64, height: 48 });
  });

  it("lists the key events newest first, each linking to its update", async () => {
    const { live, authors } = await fixtures();
    expect(livePageModel(live, 1, authors, now)?.keyEvents).toEqual([
      {
        id: "update-20190223-153000",
        headline: "Convoy leaves with aid",
        at: "2019-02-23T11:30:00-04:00",
        href: "/live/border-day-live#update-20190223-153000",
      },
      {
        id: "update-20190223-114000",
        headline: "First soldiers cross the bridge",
        at: "2019-02-23T07:40:00-04:00",
        href: "/live/border-day-live#update-20190223-114000",
      },
    ]);
  });

  it("is running until its coverage ends, then says when it ended", async () => {
    const { live, ended, authors } = await fixtures();
    expect(livePageModel(live, 1, authors, now)?.status).toEqual({ running: true });
    expect(livePageModel(ended, 1, authors, now)?.status).toEqual({
      running: false,
      endedAt: "2019-02-22T23:00:00-04:00",
    });
    expect(livePageModel(live, 1, authors, now)?.latestAt).toBe("2019-02-23T11:30:00-04:00");
  });

  it("pages long coverage 20 updates a page; a key event links to the page its update is on", () => {
    const article = longLivePage(45);
    expect(LIVE_UPDATES_PER_PAGE).toBe(20);
    expect(livePageCount(article)).toBe(3);
    const first = livePageModel(article, 1, [], now);
    const last = livePageModel(article, 3, [], now);
    expect(first?.updates.map((update) => update.id).slice(0, 2)).toEqual([
      "update-45",
      "update-44",
    ]);
    expect(first?.updates).toHaveLength(20);
    expect(first).toMatchObject({ page: 1, pages: 3, olderHref: "/live/long-day/page/2" });
    expect(first?.newerHref).toBeUndefined();
    expect(last?.updates.map((update) => update.id)).toEqual([
      "update-5",
      "update-4",
      "update-3",
      "update-2",
      "update-1",
    ]);
    expect(last).toMatchObject({
      newerHref: "/live/long-day/page/2",
      path: "/live/long-day/page/3",
    });
    const oldest = first?.keyEvents.at(-1);
    expect(oldest).toMatchObject({ id: "update-1", href: "/live/long-day/page/3#update-1" });
    expect(first?.keyEvents[0]).toMatchObject({
      id: "update-41",
      href: "/live/long-day#update-41",
    });
  });

  it("takes page numbers from 2 to the last; anything else is no page", () => {
    const article = longLivePage(45);
    expect(parseLivePage(undefined, article)).toBe(1);
    expect(parseLivePage("2", article)).toBe(2);
    expect(parseLivePage("3", article)).toBe(3);
    for (const bad of ["1", "4", "0", "02", "x", "-1"])
      expect(parseLivePage(bad, article)).toBeUndefined();
  });
});

describe("a live page through a preview link", () => {
  it("carries the draft banner only when previewed and not yet visible to readers", async () => {
    const { live, authors } = await fixtures();
    const draft = { ...live, draft: true };
    expect(livePageModel(draft, 1, authors, now, true)?.draftBanner).toEqual({
      draft: true,
      scheduledFor: undefined,
      exitHref: "/preview/exit",
    });
    expect(livePageModel(draft, 1, authors, now, true)?.updates.length).toBeGreaterThan(0);
    expect(livePageModel(draft, 1, authors, now)?.draftBanner).toBeUndefined();
    expect(livePageModel(live, 1, authors, now, true)?.draftBanner).toBeUndefined();
  });
});

describe("a live page's structured data", () => {
  it("is a LiveBlogPosting with its coverage times and every update as a BlogPosting", async () => {
    const { live, ended, authors } = await fixtures();
    const graph = livePageModel(live, 1, authors, now)?.jsonLd["@graph"] ?? [];
    const posting = JSON.parse(JSON.stringify(graph[0]));
    expect(posting["@type"]).toBe("LiveBlogPosting");
    expect(posting.coverageStartTime).toBe("2019-02-23T07:00:00-04:00");
    expect(posting.coverageEndTime).toBeUndefined();
    expect(posting.headline).toBe(live.title);
    expect(posting.liveBlogUpdate).toHaveLength(3);
    expect(posting.liveBlogUpdate[0]).toMatchObject({
      "@type": "BlogPosting",
      headline: "Convoy leaves with aid",
      datePublished: "2019-02-23T11:30:00-04:00",
      url: `${site.origin}/live/border-day-live#update-20190223-153000`,
    });
    // An update without a headline takes the page's.
    expect(posting.liveBlogUpdate[1].headline).toBe(live.title);
    const endedGraph = livePageModel(ended, 1, authors, now)?.jsonLd["@graph"] ?? [];
    expect(JSON.parse(JSON.stringify(endedGraph[0])).coverageEndTime).toBe(
      "2019-02-22T23:00:00-04:00",
    );
  });
});

describe("what the page's script and feed readers get", () => {
  it("a compact list of the latest updates, newest first", async () => {
    const { live } = await fixtures();
    const summary = liveUpdatesSummary(live, now);
    expect(summary.latestAt).toBe("2019-02-23T11:30:00-04:00");
    expect(summary.running).toBe(true);
    expect(summary.updates.map((update) => update.id)).toEqual([
      "update-20190223-153000",
      "update-20190223-130500",
      "update-20190223-114000",
    ]);
    expect(JSON.stringify(summary)).not.toContain("<p>");
  });

  it("an Atom feed with one entry per update, linking to its address", async () => {
    const { live } = await fixtures();
    const feed = liveAtomFeed(live, site);
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toContain(`<id>${site.origin}/live/border-day-live#update-20190223-153000</id>`);
    expect(feed).toContain("Convoy leaves with aid");
    expect(feed).toContain("<strong>protection</strong>");
  });
});
