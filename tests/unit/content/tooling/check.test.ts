import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, formatCheckReport } from "@/lib/content/tooling/check";
import { fixturePublicDir } from "../../../support/fixtures";

// Paths in the report are relative to the working folder (the repository, under vitest).
const dir = "tests/fixtures/content/check";
const file = (name: string) => `${dir}/articles/${name}`;

/** One fixture per rule, with the exact place each problem is reported. */
const expected = [
  `${file("Bad_Name.md")}:1:1  file-name  file name: expected lowercase letters`,
  `${file("frontmatter-syntax.md")}:5:1  frontmatter-syntax  frontmatter: Flow sequence`,
  `${file("frontmatter-code.md")}:1:1  frontmatter-code  frontmatter: JavaScript frontmatter (---js) is not allowed`,
  `${file("required-field.md")}:1:1  required-field  title: is required but missing`,
  `${file("unknown-field.md")}:6:1  unknown-field  subtitle: is not a known field`,
  `${file("invalid-value.md")}:6:1  invalid-value  author: expected an author id (the file name in content/authors/, like mara-lindqvist) as text; found number 42`,
  `${file("date-format.md")}:7:1  date-format  publishedAt: expected an ISO 8601 date and time with an offset`,
  `${file("date-order.md")}:8:1  date-order  updatedAt: expected a time after publishedAt`,
  `${file("unknown-section.md")}:4:1  unknown-section  section: expected one of the sections`,
  `${file("tag-format.md")}:5:8  tag-format  tags.0: expected lowercase words joined by hyphens`,
  `${file("alias-format.md")}:6:11  alias-format  aliases.0: expected lowercase words joined by hyphens`,
  `${file("author-count.md")}:6:1  author-count  author: expected exactly one of author`,
  `${file("heading-level.md")}:17:1  heading-level  body: expected subheadings to start with ##`,
  `${file("raw-html.md")}:17:1  raw-html  warning: body: raw HTML is removed when published`,
  `${file("unsafe-link.md")}:15:6  unsafe-link  warning: body: the link to "javascript:alert(1)" is removed`,
  `${file("image-missing.md")}:9:3  image-missing  image.src: expected an image file at public/images/absent.jpg`,
  `${file("image-unreadable.md")}:9:3  image-unreadable  image.src: expected a JPEG, PNG, WebP or AVIF image`,
  `${file("headline-length.md")}:2:1  headline-length  warning: title: is 125 characters`,
  `${file("summary-length.md")}:3:1  summary-length  warning: summary: is 10 characters; expected 50 to 300`,
  `${file("alt-text.md")}:10:3  alt-text  warning: image.alt: is only 5 characters`,
  `${file("placeholder.md")}:6:1  placeholder  warning: author: still has the placeholder`,
  `${file("placeholder.md")}:6:1  unknown-author  author: "replace-with-your-author-id" is not an author`,
  `${file("unknown-author.md")}:6:1  unknown-author  author: "nobody-at-all" is not an author: expected the id of a file in content/authors/ (test-reporter)`,
  `${dir}/authors/author-field.md:1:1  required-field  bio: is required but missing`,
  `${file("broken-link.md")}:15:16  broken-link  body: links to /articles/no-such-story, which is not an article`,
  `${file("alias-collision.md")}:6:1  alias-collision  aliases: "raw-html" is the slug of ${file("raw-html.md")}`,
  `${file("duplicate-slug.md")}:1:1  duplicate-slug  file name: the slug "duplicate-slug" is also used by ${file("copy/duplicate-slug.md")}`,
];

const paths = (folder: string, authorsDir = `${folder}/authors`) => ({
  articlesDir: path.resolve(folder, "articles"),
  authorsDir: path.resolve(authorsDir),
  publicDir: fixturePublicDir,
});

describe("checkContent and its report", async () => {
  const report = await checkContent(paths(dir));
  const lines = formatCheckReport(report).split("\n");

  it.each(expected)("reports %s", (line) => {
    expect(lines.some((printed) => printed.startsWith(line))).toBe(true);
  });

  it("reports every problem in one pass, then the counts", () => {
    expect(lines.filter((line) => line.startsWith(dir))).toHaveLength(28);
    expect(report.summary).toEqual({ files: 28, filesWithProblems: 27, errors: 22, warnings: 6 });
    expect(lines.at(-1)).toBe("22 errors and 6 warnings in 28 files checked.");
    expect(lines.at(-2)).toBe("");
  });

  it("says one file, one error, no warnings in the singular", () => {
    const one = formatCheckReport({
      problems: [
        {
          file: "a.md",
          line: 1,
          column: 1,
          rule: "required-field",
          severity: "error",
          field: "title",
          message: "is required but missing",
        },
      ],
      summary: { files: 1, filesWithProblems: 1, errors: 1, warnings: 0 },
    });
    expect(one).toBe(
      "a.md:1:1  required-field  title: is required but missing\n\n1 error and 0 warnings in 1 file checked.",
    );
  });

  it("counts warnings apart from errors on content that only has warnings", async () => {
    const valid = await checkContent({
      articlesDir: path.resolve("tests/fixtures/content/valid"),
      authorsDir: path.resolve("tests/fixtures/content/authors"),
      publicDir: fixturePublicDir,
    });
    // 3 articles and the 5 author files beside them.
    expect(valid.summary).toMatchObject({ files: 8, errors: 0, warnings: 6 });
  });
});
