import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createContentStore } from "@/lib/content/store";
import { fixtureAuthorsDir, fixturePublicDir, fixturesDir } from "../../support/fixtures";

/** Published, newer (updated), draft, scheduled (2100) and expired (May 2024) fixture stories. */
const paths = {
  articlesDir: path.join(fixturesDir, "store"),
  authorsDir: fixtureAuthorsDir,
  publicDir: fixturePublicDir,
};
const now = new Date("2024-06-10T12:00:00Z");

const store = (includeDrafts = false) =>
  createContentStore(paths, { strict: true, rescanAfterMs: Number.POSITIVE_INFINITY, includeDrafts });

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

describe("the content store", () => {
  it("holds every article, newest first, for previews and per-request indexes", async () => {
    expect(slugs(await store().allArticles())).toEqual([
      "scheduled-story",
      "newer-story",
      "draft-story",
      "published-story",
      "expired-story",
    ]);
  });

  it("shows readers only what is published and not expired at the time", async () => {
    expect(slugs(await store().visibleArticles(now))).toEqual(["newer-story", "published-story"]);
    expect(slugs(await store().visibleArticles(new Date("2024-05-15T12:00:00Z")))).toEqual([
      "expired-story",
    ]);
  });

  it("keeps one visible array until an article is published or expires, then filters again", async () => {
    const one = store();
    const atNow = await one.visibleArticles(now);
    // Nothing is published or expires between 5 June and 2100.
    expect(await one.visibleArticles(new Date("2024-07-01T00:00:00Z"))).toBe(atNow);
    expect(slugs(await one.visibleArticles(new Date("2024-05-15T12:00:00Z")))).toEqual([
      "expired-story",
    ]);
    expect(slugs(await one.visibleArticles(now))).toEqual(["newer-story", "published-story"]);
    expect(slugs(await one.visibleArticles(new Date("2100-01-01T09:00:00Z")))).toEqual([
      "scheduled-story",
      "newer-story",
      "published-story",
    ]);
  });

  it("shows drafts only when asked (next dev)", async () => {
    expect(slugs(await store(true).visibleArticles(now))).toEqual([
      "newer-story",
      "draft-story",
      "published-story",
    ]);
  });

  it("finds a visible article by slug, never a hidden one", async () => {
    expect((await store().article("published-story", now))?.title).toBe("A published story");
    for (const hidden of ["draft-story", "scheduled-story", "expired-story", "nothing"]) {
      expect(await store().article(hidden, now), hidden).toBeUndefined();
    }
  });

  it("gives editors' previews any article, drafts and scheduled ones included", async () => {
    expect((await store().articleForPreview("draft-story"))?.draft).toBe(true);
    expect((await store().articleForPreview("scheduled-story"))?.slug).toBe("scheduled-story");
  });

  it("follows a former slug to a visible article only", async () => {
    expect((await store().articleByAlias("old-name-of-the-story", now))?.slug).toBe(
      "published-story",
    );
    expect(await store().articleByAlias("scheduled-old-name", now)).toBeUndefined();
  });

  it("keeps the same array while nothing changes, so caches can be kept per snapshot", async () => {
    const content = store();
    expect(await content.allArticles()).toBe(await content.allArticles());
  });

  it("knows the authors by id", async () => {
    expect((await store().author("test-reporter"))?.name).toBeTruthy();
    expect(await store().author("nobody")).toBeUndefined();
  });

  it("reads each image file's size once (RSS enclosures need it)", async () => {
    const content = store();
    const sizes = await content.imageByteLengths(await content.allArticles());
    const actual = (await stat(path.join(fixturePublicDir, "images/photo.jpg"))).size;
    expect([...sizes.entries()]).toEqual([["/images/photo.jpg", actual]]);
  });
});
