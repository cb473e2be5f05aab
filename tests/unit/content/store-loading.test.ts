import { describe, expect, it } from "vitest";
import { contentErrorOf, loadArticles } from "../../support/load-content";
import { invalidPaths, validPaths } from "../../support/fixtures";

function contentError(name: string) {
  return contentErrorOf(invalidPaths(name));
}

describe("loadArticles with valid content", () => {
  it("loads every article, nested folders included, newest first", async () => {
    const articles = await loadArticles(validPaths());
    expect(articles.map((article) => article.slug)).toEqual([
      "hostile-body",
      "science-fair-opens",
      "border-talks-resume",
    ]);
  });

  it("assembles a complete article", async () => {
    const [article] = (await loadArticles(validPaths())).filter(
      (a) => a.slug === "border-talks-resume",
    );
    expect(article).toMatchObject({
      title: "Border talks resume after a week of pauses",
      authors: ["test-reporter"],
      tags: ["diplomacy", "border-crossings"],
      updatedAt: "2019-02-25T09:00:00+01:00",
      draft: false,
      image: { src: "/images/photo.jpg", width: 64, height: 48, credit: "Fixture / Dateline tests" },
    });
    expect(article?.body.html()).toContain("<h2>What comes next</h2>");
  });

  it("sanitizes hostile bodies", async () => {
    const [article] = (await loadArticles(validPaths())).filter((a) => a.slug === "hostile-body");
    expect(article?.body.html()).toContain("<p>Safe paragraph.</p>");
    expect(article?.body.html()).not.toMatch(/<script|onerror|onclick|javascript:|data:|alert/);
  });
});

describe("loadArticles with invalid content", () => {
  it.each([
    ["missing-title", "no-headline.md:1:1  required-field  title: is required but missing"],
    ["bad-date", "bad-date.md:7:1  date-format  publishedAt: expected an ISO 8601 date and time"],
    ["date-without-offset", 'local-time.md:7:1  date-format  publishedAt: expected an ISO 8601'],
    ["bad-slug", "Bad_Slug.md:1:1  file-name  file name: expected lowercase letters"],
    [
      "missing-image-file",
      "missing-photo.md:9:3  image-missing  image.src: expected an image file at public/images/no-such-photo.jpg",
    ],
    ["not-an-image", "not-an-image.md:9:3  image-unreadable  image.src: expected a JPEG"],
    ["wrong-types", "wrong-types.md:2:1  invalid-value  title: expected a headline as text; found number 42"],
    ["js-frontmatter", "executes-code.md:1:1  frontmatter-code  frontmatter: JavaScript frontmatter"],
    ["javascript-frontmatter", "executes-code.md:1:1  frontmatter-code  frontmatter: JavaScript"],
    ["updated-before-published", "updated-early.md:8:1  date-order  updatedAt: expected a time after"],
    ["level-one-heading", "level-one.md:15:1  heading-level  body: expected subheadings to start with ##"],
    ["unknown-field", "typo.md:3:1  unknown-field  titel: is not a known field"],
    ["yaml-syntax", "broken-yaml.md:5:"],
  ])("%s: names the file, the place and the problem", async (name, expected) => {
    const error = await contentError(name);
    expect(error.message).toContain(`tests/fixtures/content/invalid/${name}/${expected}`);
  });

  it("reports every problem of a file in one error", async () => {
    const error = await contentError("many-problems");
    expect(error.files).toHaveLength(1);
    const problems = error.files[0]?.problems.map(({ rule, field, line }) => `${line} ${rule} ${field}`);
    expect(problems?.sort()).toEqual(
      [
        "1 author-count author",
        "1 required-field title",
        "11 heading-level body",
        "2 invalid-value summary",
        "4 date-format publishedAt",
        "5 required-field image.credit",
        "6 image-missing image.src",
        "7 invalid-value image.alt",
      ].sort(),
    );
    expect(error.message).toMatch(/^Content has 8 problems in 1 file/);
  });

  it("reports both files that share a slug", async () => {
    const error = await contentError("duplicate-slug");
    expect(error.files.map((file) => file.file)).toEqual([
      "tests/fixtures/content/invalid/duplicate-slug/a/same-story.md",
      "tests/fixtures/content/invalid/duplicate-slug/b/same-story.md",
    ]);
    expect(error.message).toContain('the slug "same-story" is also used by');
  });
});
