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

  it("picks what ranking the whole archive would, whatever the order of the candidates", () => {
    // A seeded archive with many ties: same tags, same sections, same times.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const sections = ["europe", "science", "africa"] as const;
    const tagPool = ["rail", "transport", "cities", "astronomy"];
    const archive = Array.from({ length: 400 }, (_, i) =>
      makeArticle({
        slug: `story-${i}`,
        section: sections[next(3)] ?? "europe",
        tags: tagPool.filter(() => next(3) === 0),
        publishedAt: `2026-0${1 + next(9)}-1${next(10)}T12:00:00Z`,
      }),
    );
    const ranked = (article: (typeof archive)[number], limit: number) =>
      archive
        .filter((other) => other.slug !== article.slug)
        .map((other) => ({
          other,
          shared: other.tags.filter((tag) => article.tags.includes(tag)).length,
          same: other.section === article.section,
        }))
        .filter(({ shared, same }) => shared > 0 || same)
        .sort(
          (a, b) =>
            b.shared - a.shared ||
            Number(b.same) - Number(a.same) ||
            Date.parse(b.other.publishedAt) - Date.parse(a.other.publishedAt) ||
            a.other.slug.localeCompare(b.other.slug),
        )
        .slice(0, limit)
        .map(({ other }) => other.slug);
    const shuffled = [...archive].sort(() => next(3) - 1);
    // Stories outside the archive too (a preview of a draft), and one of them with a tag twice.
    const outside = [
      makeArticle({ slug: "draft-story", section: "science", tags: ["rail", "cities"] }),
      makeArticle({ slug: "twice-tagged", section: "africa", tags: ["rail", "rail"] }),
    ];
    for (const article of [...archive.slice(0, 40), ...outside]) {
      for (const limit of [0, 1, 4, 9]) {
        const picked = relatedArticles(article, shuffled, limit).map((other) => other.slug);
        expect(picked, `${article.slug}, ${limit}`).toEqual(ranked(article, limit));
      }
    }
  });
});
