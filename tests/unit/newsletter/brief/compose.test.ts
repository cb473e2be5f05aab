import { describe, expect, it } from "vitest";
import {
  BRIEF_KEY_EVENTS,
  composeEdition,
  type ComposeOptions,
} from "@/lib/newsletter/brief/compose";
import { editionWindow, isEditionDate } from "@/lib/newsletter/brief/edition-date";
import type { Article, LiveUpdate } from "@/lib/content/schema";
import { makeArticle } from "../../../support/article";

const options: ComposeOptions = {
  date: "2026-11-25",
  sendTime: { hour: 7, minute: 0 },
  timeZone: "Europe/Paris",
  maxStories: 8,
  origin: "https://news.example",
  now: new Date("2026-11-25T06:00:00Z"), // 07:00 in Paris
};

const story = (slug: string, publishedAt: string, section: Article["section"] = "europe") =>
  makeArticle({ slug, title: `Headline ${slug}`, publishedAt, section });

describe("composeEdition", () => {
  it("takes the stories of the 24 hours up to the send time, edges included only at the end", () => {
    const edition = composeEdition(
      [
        story("at-previous-send", "2026-11-24T07:00:00+01:00"),
        story("just-after-previous", "2026-11-24T07:01:00+01:00"),
        story("at-send-time", "2026-11-25T07:00:00+01:00"),
        story("after-send-time", "2026-11-25T07:01:00+01:00"),
      ],
      { ...options, now: new Date("2026-11-25T12:00:00Z") },
    );
    expect(edition?.stories.map((s) => s.slug)).toEqual(["at-send-time", "just-after-previous"]);
    expect(edition?.windowStart).toBe("2026-11-24T06:00:00.000Z");
    expect(edition?.windowEnd).toBe("2026-11-25T06:00:00.000Z");
  });

  it("leads with the newest story, then follows the sections' order, newest first in each", () => {
    const edition = composeEdition(
      [
        story("science-old", "2026-11-24T09:00:00+01:00", "science"),
        story("europe-a", "2026-11-24T10:00:00+01:00", "europe"),
        story("newest-africa", "2026-11-25T06:30:00+01:00", "africa"),
        story("americas", "2026-11-24T08:00:00+01:00", "americas"),
        story("africa-b", "2026-11-24T12:00:00+01:00", "africa"),
        story("europe-b", "2026-11-24T20:00:00+01:00", "europe"),
      ],
      options,
    );
    expect(edition?.stories.map((s) => s.slug)).toEqual([
      "newest-africa",
      "americas",
      "europe-b",
      "europe-a",
      "africa-b",
      "science-old",
    ]);
  });

  it("keeps only the newest stories when there are more than the maximum", () => {
    const articles = Array.from({ length: 5 }, (_, i) =>
      story(`s${i}`, `2026-11-24T1${i}:00:00+01:00`),
    );
    const edition = composeEdition(articles, { ...options, maxStories: 3 });
    expect(edition?.stories.map((s) => s.slug)).toEqual(["s4", "s3", "s2"]);
  });

  it("gives no edition for a day without stories", () => {
    expect(composeEdition([story("older", "2026-11-23T12:00:00+01:00")], options)).toBeUndefined();
    expect(composeEdition([], options)).toBeUndefined();
  });

  it("leaves out drafts, expired and not-yet-visible articles", () => {
    const edition = composeEdition(
      [
        makeArticle({ slug: "draft", publishedAt: "2026-11-24T10:00:00+01:00", draft: true }),
        makeArticle({
          slug: "expired",
          publishedAt: "2026-11-24T10:00:00+01:00",
          expiresAt: "2026-11-25T06:59:00+01:00",
        }),
        story("kept", "2026-11-24T11:00:00+01:00"),
      ],
      options,
    );
    expect(edition?.stories.map((s) => s.slug)).toEqual(["kept"]);
    // Composed early (an editor's preview): only what is already out.
    const early = composeEdition([story("later", "2026-11-25T06:00:00+01:00")], {
      ...options,
      now: new Date("2026-11-25T04:00:00Z"),
    });
    expect(early).toBeUndefined();
  });

  it("gives each story its headline, standfirst, credit and absolute links", () => {
    const edition = composeEdition(
      [
        makeArticle({
          slug: "night-trains",
          title: "Night trains return",
          summary: "A sleeper service resumes.",
          publishedAt: "2026-11-24T08:00:00+01:00",
          image: {
            src: "/images/articles/train.jpg",
            alt: "A train.",
            caption: "Caption.",
            credit: "Photo by Jane Doe / Dateline",
            width: 1200,
            height: 800,
          },
        }),
      ],
      options,
    );
    expect(edition?.stories[0]).toEqual({
      slug: "night-trains",
      headline: "Night trains return",
      standfirst: "A sleeper service resumes.",
      section: "europe",
      sectionName: "Europe",
      url: "https://news.example/articles/night-trains",
      publishedAt: "2026-11-24T08:00:00+01:00",
      image: {
        url: "https://news.example/images/articles/train.jpg",
        alt: "A train.",
        credit: "Photo by Jane Doe / Dateline",
        width: 1200,
        height: 800,
      },
    });
  });
});

describe("composeEdition with live pages", () => {
  const update = (at: string, headline: string, key = false): LiveUpdate => ({
    id: `update-${at.slice(0, 16).replace(/\D/g, "")}`,
    at,
    headline,
    key,
    pinned: false,
    html: `<p>${headline}.</p>`,
  });
  const livePage = (updates: LiveUpdate[], extra: Partial<Article> = {}) =>
    makeArticle({
      slug: "border-live",
      title: "Border clashes: live",
      publishedAt: "2026-11-22T08:00:00+01:00",
      live: true,
      updates,
      ...extra,
    });

  it("includes a live page once, by its latest update in the window, with its latest key events", () => {
    const page = livePage([
      update("2026-11-22T09:00:00+01:00", "Crossing closed", true),
      update("2026-11-24T09:00:00+01:00", "Convoy turned back", true),
      update("2026-11-24T12:00:00+01:00", "Talks called", true),
      update("2026-11-24T15:00:00+01:00", "Aid waits at the bridge"),
      update("2026-11-25T06:30:00+01:00", "Soldiers cross over", true),
      update("2026-11-25T07:30:00+01:00", "After the send time", true),
    ]);
    const edition = composeEdition(
      [page, story("older-than-the-update", "2026-11-25T06:00:00+01:00")],
      { ...options, now: new Date("2026-11-25T12:00:00Z") },
    );
    expect(edition?.stories.map((s) => s.slug)).toEqual(["border-live", "older-than-the-update"]);
    expect(edition?.stories[0]).toMatchObject({
      url: "https://news.example/live/border-live",
      publishedAt: "2026-11-22T08:00:00+01:00",
      live: {
        running: true,
        keyEvents: [
          {
            headline: "Soldiers cross over",
            at: "2026-11-25T06:30:00+01:00",
            url: "https://news.example/live/border-live#update-202611250630",
          },
          { headline: "Talks called", at: "2026-11-24T12:00:00+01:00" },
          { headline: "Convoy turned back", at: "2026-11-24T09:00:00+01:00" },
        ],
      },
    });
    expect(edition?.stories[0]?.live?.keyEvents).toHaveLength(BRIEF_KEY_EVENTS);
  });

  it("leaves out a live page with no update in the window, and says when coverage had ended", () => {
    const quiet = livePage([update("2026-11-23T09:00:00+01:00", "Quiet day", true)]);
    expect(composeEdition([quiet], options)).toBeUndefined();
    const ended = livePage([update("2026-11-24T09:00:00+01:00", "Last convoy leaves", true)], {
      coverageEndedAt: "2026-11-24T18:00:00+01:00",
    });
    expect(composeEdition([ended], options)?.stories[0]?.live).toMatchObject({ running: false });
  });
});

describe("editionWindow", () => {
  it("runs from the previous day's send time, so clock changes leave no gap (25 hours here)", () => {
    // Summer time ended at 03:00 on 25 October 2026 in Paris.
    const { start, end } = editionWindow("2026-10-25", { hour: 7, minute: 0 }, "Europe/Paris");
    expect(start.toISOString()).toBe("2026-10-24T05:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-25T06:00:00.000Z");
  });
});

describe("dates and settings", () => {
  it("accepts only real calendar dates", () => {
    expect(isEditionDate("2026-11-25")).toBe(true);
    expect(isEditionDate("2026-02-29")).toBe(false);
    expect(isEditionDate("2026-11-5")).toBe(false);
    expect(isEditionDate("latest")).toBe(false);
  });
});
