import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { invalidPaths, validPaths } from "../../support/fixtures";

async function contentError(name: string): Promise<ContentError> {
  try {
    await loadArticles(invalidPaths(name));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected the "${name}" fixture to fail to load`);
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
      authors: ["Test Reporter"],
      tags: ["diplomacy", "border-crossings"],
      updatedAt: "2019-02-25T09:00:00+01:00",
      draft: false,
      image: { src: "/images/photo.jpg", width: 64, height: 48, credit: "Fixture / Dateline tests" },
    });
    expect(article?.html).toContain("<h2>What comes next</h2>");
  });

  it("sanitizes hostile bodies", async () => {
    const [article] = (await loadArticles(validPaths())).filter((a) => a.slug === "hostile-body");
    expect(article?.html).toContain("<p>Safe paragraph.</p>");
    expect(article?.html).not.toMatch(/<script|onerror|onclick|javascript:|data:|alert/);
  });
});

describe("loadArticles with invalid content", () => {
  it.each([
    ["missing-title", "no-headline.md", "title: is required but missing"],
    ["bad-date", "bad-date.md", 'publishedAt: expected an ISO 8601 date and time with an offset'],
    ["date-without-offset", "local-time.md", 'found "2019-02-24T18:05:00"'],
    ["bad-slug", "Bad_Slug.md", 'file name: expected lowercase letters'],
    ["missing-image-file", "missing-photo.md", "public/images/no-such-photo.jpg, found no such file"],
    ["not-an-image", "not-an-image.md", "found a file that is not one"],
    ["wrong-types", "wrong-types.md", "title: expected a headline as text; found number 42"],
    ["js-frontmatter", "executes-code.md", "JavaScript frontmatter (---js) is not allowed"],
    ["javascript-frontmatter", "executes-code.md", "JavaScript frontmatter (---js) is not allowed"],
    ["updated-before-published", "updated-early.md", "updatedAt: expected a time after publishedAt"],
    ["level-one-heading", "level-one.md", "body (line 15): expected subheadings to start with ##"],
    ["unknown-field", "typo.md", "titel: is not a known field"],
    ["yaml-syntax", "broken-yaml.md", "frontmatter:"],
  ])("%s: names the file and the problem", async (name, file, expected) => {
    const error = await contentError(name);
    expect(error.message).toContain(`tests/fixtures/content/invalid/${name}/${file}`);
    expect(error.message).toContain(expected);
  });

  it("reports every problem of a file in one error", async () => {
    const error = await contentError("many-problems");
    expect(error.files).toHaveLength(1);
    const fields = error.files[0]?.problems.map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "title",
        "summary",
        "author",
        "publishedAt",
        "image.alt",
        "image.credit",
        "body (line 11)",
        "image.src",
      ]),
    );
    expect(error.message).toMatch(/^Content has \d+ problems in 1 file:/);
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
