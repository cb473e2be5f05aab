import { describe, expect, it } from "vitest";
import { fixturePublicDir } from "../support/fixtures";
import { runScript } from "../support/run-script";

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

// Each test starts the CLI in a new process: seconds on a busy machine, more than the 5 s default.
describe("npm run content:check", { timeout: 60_000 }, () => {
  const result = runScript("content-check.ts", [dir, "--public", fixturePublicDir]);
  const lines = result.stdout.split("\n");

  it.each(expected)("reports %s", (line) => {
    expect(lines.some((printed) => printed.startsWith(line))).toBe(true);
  });

  it("reports all problems in one run, then a summary, and exits 1 on errors", () => {
    expect(lines.filter((line) => line.startsWith(dir))).toHaveLength(28);
    expect(result.stdout).toContain("22 errors and 6 warnings in 28 files checked.");
    expect(result.status).toBe(1);
  });

  it("exits 0 when there are only warnings", () => {
    const clean = runScript("content-check.ts", [
      "tests/fixtures/content/valid",
      "--public",
      fixturePublicDir,
    ]);
    // 3 articles and the 5 author files beside them, in tests/fixtures/content/authors.
    expect(clean.stdout).toContain("0 errors and 6 warnings in 8 files checked.");
    expect(clean.status).toBe(0);
  });

  it("checks the site's own content cleanly", () => {
    const site = runScript("content-check.ts", []);
    expect(site.stdout).toMatch(/^0 errors and 0 warnings in \d+ files checked\.$/m);
    expect(site.status).toBe(0);
  });

  it("writes JSON for tools", () => {
    const json = runScript("content-check.ts", [
      dir,
      "--public",
      fixturePublicDir,
      "--format",
      "json",
    ]);
    const report: unknown = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      summary: { files: 28, errors: 22, warnings: 6 },
      problems: expect.arrayContaining([
        {
          file: file("date-format.md"),
          line: 7,
          column: 1,
          rule: "date-format",
          severity: "error",
          field: "publishedAt",
          message: expect.stringContaining("ISO 8601"),
        },
      ]),
    });
    expect(json.status).toBe(1);
  });

  it("exits 2 with a message for a folder that does not exist", () => {
    const missing = runScript("content-check.ts", ["no/such/folder"]);
    expect(missing.stderr).toContain("no such folder: no/such/folder");
    expect(missing.status).toBe(2);
  });
});
