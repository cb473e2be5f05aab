import { describe, expect, it } from "vitest";
import { briefHtml, briefText } from "@/lib/newsletter/brief/email";
import type { BriefStory, Edition } from "@/lib/newsletter/brief/edition";

const story = (slug: string, extra: Partial<BriefStory> = {}): BriefStory => ({
  slug,
  headline: `Headline ${slug}`,
  standfirst: `What happened in ${slug}.`,
  section: "americas",
  sectionName: "Americas",
  url: `https://news.example/articles/${slug}`,
  publishedAt: "2026-11-24T08:00:00+01:00",
  image: {
    url: "https://news.example/images/a.jpg",
    alt: "A photo.",
    credit: "Dateline",
    width: 1200,
    height: 800,
  },
  ...extra,
});

const live = story("border-live", {
  url: "https://news.example/live/border-live",
  live: {
    running: true,
    keyEvents: [
      {
        headline: "Soldiers cross over",
        at: "2026-11-25T05:30:00Z",
        url: "https://news.example/live/border-live#update-1",
      },
    ],
  },
});

const options = {
  to: "reader@example.org",
  siteName: "Dateline",
  origin: "https://news.example",
  timeZone: "Europe/Paris",
  unsubscribeToken: "token",
  unsubscribeUrl: "https://news.example/newsletter/unsubscribe?token=token",
  webUrl: "https://news.example/newsletter/briefs/2026-11-25",
};

const edition = (stories: BriefStory[]): Edition => ({
  date: "2026-11-25",
  windowStart: "2026-11-24T06:00:00.000Z",
  windowEnd: "2026-11-25T06:00:00.000Z",
  stories,
});

describe("the brief's live pages", () => {
  it("says LIVE and lists the latest key events with their times and links in the text part", () => {
    const text = briefText(edition([story("lead"), live]), options);
    expect(text).toContain(
      [
        "LIVE: Headline border-live",
        "What happened in border-live.",
        "https://news.example/live/border-live",
        "Latest key events:",
        "- 25 November 2026, 06:30 CET: Soldiers cross over",
        "  https://news.example/live/border-live#update-1",
      ].join("\n"),
    );
    expect(text).not.toContain("LIVE: Headline lead");
  });

  it("shows the label and links each key event in the HTML part, lead or not", async () => {
    for (const stories of [[live], [story("lead"), live]]) {
      const html = await briefHtml(edition(stories), options);
      expect(html).toContain(">LIVE</span>");
      expect(html).toContain("Latest key events");
      expect(html).toContain(
        '<a href="https://news.example/live/border-live#update-1" style="color:#1a1a1a">Soldiers cross over</a>',
      );
    }
    const ended = { ...live, live: { running: false, keyEvents: [] } };
    const html = await briefHtml(edition([ended]), options);
    expect(html).not.toContain(">LIVE</span>");
    expect(html).not.toContain("Latest key events");
  });
});
