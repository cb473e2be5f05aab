import { describe, expect, it } from "vitest";
import { visibleSet } from "@/lib/content/visible-set";
import { makeArticle } from "../../support/article";

const published = makeArticle({ slug: "published", publishedAt: "2026-11-01T09:00:00+01:00" });
const expiring = makeArticle({
  slug: "expiring",
  publishedAt: "2026-11-10T09:00:00+01:00",
  expiresAt: "2026-12-10T09:00:00+01:00",
});
const scheduled = makeArticle({ slug: "scheduled", publishedAt: "2026-12-24T07:00:00+01:00" });
const draft = makeArticle({ slug: "draft", draft: true, publishedAt: "2026-11-05T09:00:00+01:00" });
const archive = [scheduled, expiring, draft, published];

describe("visibleSet", () => {
  it("lists what readers may see, in the archive's order", () => {
    const set = visibleSet(archive, new Date("2026-12-01T12:00:00Z"));
    expect(set.articles.map((article) => article.slug)).toEqual(["expiring", "published"]);
  });

  it("holds from the last publication or expiry before now until the next one after", () => {
    const set = visibleSet(archive, new Date("2026-12-01T12:00:00Z"));
    expect(set.from).toBe(Date.parse("2026-11-10T09:00:00+01:00"));
    expect(set.until).toBe(Date.parse("2026-12-10T09:00:00+01:00"));
  });

  it("counts a publication at exactly now as passed (the article is visible then)", () => {
    const at = new Date("2026-12-24T07:00:00+01:00");
    const set = visibleSet(archive, at);
    expect(set.articles.map((article) => article.slug)).toContain("scheduled");
    expect(set.from).toBe(at.getTime());
    expect(set.until).toBe(Number.POSITIVE_INFINITY);
  });

  it("shows drafts only when asked", () => {
    const set = visibleSet(archive, new Date("2026-12-01T12:00:00Z"), { includeDrafts: true });
    expect(set.articles.map((article) => article.slug)).toEqual(["expiring", "draft", "published"]);
  });

  it("holds for all time when nothing is scheduled or expires", () => {
    const set = visibleSet([published], new Date("2026-12-01T12:00:00Z"));
    expect(set.from).toBe(Date.parse(published.publishedAt));
    expect(set.until).toBe(Number.POSITIVE_INFINITY);
  });
});
