import { describe, expect, it } from "vitest";
import { SEARCH_LIMIT, searchPage } from "@/lib/pages/search";

// The site's own content/ (the store's default folder under vitest).
const from = (address: string) => new Headers({ "x-forwarded-for": address });

describe("searchPage", () => {
  it("finds stories, with links built", async () => {
    const page = await searchPage("night train", from("192.0.2.1"));
    expect(page.query).toBe("night train");
    expect(page.limited).toBeUndefined();
    expect(page.results.map((result) => result.card.href)).toContain(
      "/articles/night-trains-return",
    );
    expect(page.searchAction).toBe("/search");
  });

  it("limits one client's searches, and only that client's", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    for (let i = 0; i < SEARCH_LIMIT.limit; i++) {
      expect((await searchPage(`rail ${i}`, from("198.51.100.7"), now)).limited).toBeUndefined();
    }
    const over = await searchPage("rail", from("198.51.100.7"), now);
    expect(over.limited).toEqual({ retryAfterSeconds: 60 });
    expect(over.results).toEqual([]);
    expect((await searchPage("rail", from("198.51.100.8"), now)).limited).toBeUndefined();
    // An empty query runs no search and counts for nothing.
    expect((await searchPage("", from("198.51.100.7"), now)).limited).toBeUndefined();
    const later = new Date(now.getTime() + SEARCH_LIMIT.windowMs);
    expect((await searchPage("rail", from("198.51.100.7"), later)).limited).toBeUndefined();
  });
});
