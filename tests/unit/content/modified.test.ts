import { describe, expect, it } from "vitest";
import { modifiedAt } from "@/lib/content/modified";
import { isScheduled, isVisibleAt } from "@/lib/content/publication";
import { makeArticle } from "../../support/article";

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

  it("knows a scheduled article", () => {
    expect(isScheduled(makeArticle({ publishedAt: "2024-06-10T12:00:01Z" }), now)).toBe(true);
    expect(isScheduled(makeArticle({ publishedAt: "2024-06-10T12:00:00Z" }), now)).toBe(false);
  });
});
