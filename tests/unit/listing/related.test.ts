import { describe, expect, it } from "vitest";
import { relatedArticles } from "@/lib/listing/related";
import { makeArticle } from "../../support/article";

const story = makeArticle({
  slug: "story",
  section: "europe",
  tags: ["rail", "transport"],
  publishedAt: "2026-11-10T12:00:00Z",
});
const candidates = [
  story,
  makeArticle({
    slug: "same-section-new",
    section: "europe",
    tags: [],
    publishedAt: "2026-11-12T12:00:00Z",
  }),
  makeArticle({
    slug: "one-tag-old",
    section: "science",
    tags: ["rail"],
    publishedAt: "2026-10-01T12:00:00Z",
  }),
  makeArticle({
    slug: "two-tags",
    section: "africa",
    tags: ["transport", "rail"],
    publishedAt: "2026-09-01T12:00:00Z",
  }),
  makeArticle({
    slug: "one-tag-same-section",
    section: "europe",
    tags: ["transport"],
    publishedAt: "2026-08-01T12:00:00Z",
  }),
  makeArticle({
    slug: "one-tag-new",
    section: "americas",
    tags: ["transport"],
    publishedAt: "2026-11-09T12:00:00Z",
  }),
  makeArticle({
    slug: "unrelated",
    section: "science",
    tags: ["astronomy"],
    publishedAt: "2026-11-11T12:00:00Z",
  }),
  makeArticle({
    slug: "same-section-old",
    section: "europe",
    tags: ["cities"],
    publishedAt: "2026-01-01T12:00:00Z",
  }),
];

describe("relatedArticles", () => {
  it("ranks shared tags first, then the same section, then the newest; never the article itself", () => {
    expect(relatedArticles(story, candidates, 10).map((article) => article.slug)).toEqual([
      "two-tags",
      "one-tag-same-section",
      "one-tag-new",
      "one-tag-old",
      "same-section-new",
      "same-section-old",
    ]);
  });

  it("leaves out stories with nothing in common, and stops at the limit", () => {
    const related = relatedArticles(story, candidates, 3);
    expect(related).toHaveLength(3);
    expect(related.map((article) => article.slug)).not.toContain("unrelated");
    expect(relatedArticles(story, [story])).toEqual([]);
  });
});
