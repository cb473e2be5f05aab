import { describe, expect, it } from "vitest";
import {
  byNewest,
  isScheduled,
  isGoneAt,
  isVisibleAt,
  latest,
  modifiedAt,
  visibleAt,
} from "@/lib/article";
import { makeArticle } from "../support/article";
import { fixtureNow, loadSeoFixtures, publishedFixtureSlugs, seoFixture } from "../support/seo";

describe("modifiedAt", () => {
  it("is the publication time of an article never changed", () => {
    expect(modifiedAt(makeArticle({ publishedAt: "2020-01-01T10:00:00+01:00" }))).toBe(
      "2020-01-01T10:00:00+01:00",
    );
  });

  it("is the latest of update and corrections, compared as instants", () => {
    const article = makeArticle({
      publishedAt: "2020-01-01T10:00:00+01:00",
      updatedAt: "2020-01-02T10:00:00+01:00",
      corrections: [
        { date: "2020-01-03T08:00:00-05:00", text: "Later, in New York time." },
        { date: "2020-01-03T12:00:00+01:00", text: "Earlier as an instant." },
      ],
    });
    expect(modifiedAt(article)).toBe("2020-01-03T08:00:00-05:00");
  });
});

describe("isVisibleAt", () => {
  const now = new Date("2024-06-10T12:00:00Z");

  it("hides drafts unless asked, future articles and expired ones", () => {
    expect(isVisibleAt(makeArticle({ publishedAt: "2024-06-10T12:00:00Z" }), now)).toBe(true);
    expect(isVisibleAt(makeArticle({ draft: true }), now)).toBe(false);
    expect(isVisibleAt(makeArticle({ draft: true }), now, { includeDrafts: true })).toBe(true);
    expect(isVisibleAt(makeArticle({ publishedAt: "2024-06-10T12:00:01Z" }), now)).toBe(false);
    expect(isVisibleAt(makeArticle({ expiresAt: "2024-06-10T12:00:00Z" }), now)).toBe(false);
    expect(isVisibleAt(makeArticle({ expiresAt: "2024-06-10T12:00:01Z" }), now)).toBe(true);
  });

  it("hides a withdrawn article, even from editors' drafts view", () => {
    expect(isVisibleAt(makeArticle({ withdrawn: true }), now)).toBe(false);
    expect(isVisibleAt(makeArticle({ withdrawn: true }), now, { includeDrafts: true })).toBe(false);
  });

  it("knows a scheduled article", () => {
    expect(isScheduled(makeArticle({ publishedAt: "2024-06-10T12:00:01Z" }), now)).toBe(true);
    expect(isScheduled(makeArticle({ publishedAt: "2024-06-10T12:00:00Z" }), now)).toBe(false);
  });
});

describe("isGoneAt", () => {
  const now = new Date("2024-06-10T12:00:00Z");

  it("is true for a published article withdrawn or past its expiry", () => {
    expect(isGoneAt(makeArticle({ withdrawn: true }), now)).toBe(true);
    expect(isGoneAt(makeArticle({ expiresAt: "2024-06-10T12:00:00Z" }), now)).toBe(true);
  });

  it("is false for what readers never saw or still see", () => {
    expect(isGoneAt(makeArticle(), now)).toBe(false);
    expect(isGoneAt(makeArticle({ expiresAt: "2024-06-10T12:00:01Z" }), now)).toBe(false);
    expect(isGoneAt(makeArticle({ withdrawn: true, draft: true }), now)).toBe(false);
    const scheduled = { publishedAt: "2024-06-11T00:00:00Z" };
    expect(isGoneAt(makeArticle({ ...scheduled, withdrawn: true }), now)).toBe(false);
    // Expiring at the publication instant: never on the site.
    const instant = "2024-06-01T00:00:00Z";
    expect(isGoneAt(makeArticle({ publishedAt: instant, expiresAt: instant }), now)).toBe(false);
  });
});

describe("visibility on the SEO fixtures", () => {
  it("an article is public from its publication instant on, and a draft never", async () => {
    const atNow = await seoFixture("at-now");
    expect(isVisibleAt(atNow, fixtureNow)).toBe(true);
    expect(isVisibleAt(atNow, new Date(fixtureNow.getTime() - 1))).toBe(false);
    const draft = await seoFixture("draft-story");
    expect(isVisibleAt(draft, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });

  it("lists the published articles newest first", async () => {
    const slugs = visibleAt(await loadSeoFixtures(), fixtureNow).map((a) => a.slug);
    expect(slugs).toEqual(publishedFixtureSlugs);
  });

  it("an article was last modified when updated, else when published", async () => {
    expect(modifiedAt(await seoFixture("old-story"))).toBe("2019-02-25T09:00:00+01:00");
    expect(modifiedAt(await seoFixture("at-now"))).toBe("2024-06-10T14:00:00+02:00");
  });

  it("compares times as instants, whatever their offsets", () => {
    expect(latest(["2024-06-10T12:00:00Z", "2024-06-10T13:30:00+02:00"])).toBe(
      "2024-06-10T12:00:00Z",
    );
    expect(latest(["2024-06-10T12:00:00Z", "2024-06-10T08:30:00-04:00"])).toBe(
      "2024-06-10T08:30:00-04:00",
    );
    expect(latest([])).toBeUndefined();
  });
});

describe("byNewest", () => {
  it("orders by instant, not by the written string", () => {
    const a = makeArticle({ slug: "a", publishedAt: "2020-01-01T10:00:00+01:00" });
    // Earlier as a string, but later as an instant (09:30 UTC vs 09:00 UTC).
    const b = makeArticle({ slug: "b", publishedAt: "2020-01-01T05:30:00-04:00" });
    expect([a, b].sort(byNewest).map((x) => x.slug)).toEqual(["b", "a"]);
  });
});
