import { describe, expect, it } from "vitest";
import { modifiedAt } from "@/lib/content/modified";
import { isPublishedAt, latest, publishedArticles } from "@/lib/seo/published";
import { fixtureNow, loadSeoFixtures, publishedFixtureSlugs, seoFixture } from "../../support/seo";

describe("published", () => {
  it("an article is public from its publication instant on, and a draft never", async () => {
    const atNow = await seoFixture("at-now");
    expect(isPublishedAt(atNow, fixtureNow)).toBe(true);
    expect(isPublishedAt(atNow, new Date(fixtureNow.getTime() - 1))).toBe(false);
    const draft = await seoFixture("draft-story");
    expect(isPublishedAt(draft, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });

  it("lists the published articles newest first", async () => {
    const slugs = publishedArticles(await loadSeoFixtures(), fixtureNow).map((a) => a.slug);
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
