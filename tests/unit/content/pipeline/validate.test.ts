import { describe, expect, it } from "vitest";
import { validateFrontmatter } from "@/lib/content/pipeline/validate";

const valid = {
  title: "A headline",
  summary: "A standfirst.",
  section: "americas",
  tags: ["border-crossings"],
  author: "A Reporter",
  publishedAt: "2019-02-24T18:05:00+01:00",
  image: { src: "/images/a.jpg", alt: "Alt text.", caption: "Caption.", credit: "Credit" },
};

function problemsFor(data: unknown) {
  const result = validateFrontmatter(data);
  if (result.ok) throw new Error("expected validation to fail");
  return result.problems;
}

describe("validateFrontmatter", () => {
  it("accepts valid frontmatter and fills defaults", () => {
    const result = validateFrontmatter(valid);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.draft).toBe(false);
      expect(result.value.authors).toEqual(["A Reporter"]);
      expect(result.value).not.toHaveProperty("author");
    }
  });

  it("accepts a list of authors", () => {
    const { author: _unused, ...rest } = valid;
    const result = validateFrontmatter({ ...rest, authors: ["One", "Two"] });
    expect(result.ok && result.value.authors).toEqual(["One", "Two"]);
  });

  it("reports a missing title as missing", () => {
    const { title: _unused, ...rest } = valid;
    expect(problemsFor(rest)).toEqual([
      expect.objectContaining({
        rule: "required-field",
        severity: "error",
        field: "title",
        message: "is required but missing",
      }),
    ]);
  });

  it("reports a bad date with what was expected and what was found", () => {
    const [problem] = problemsFor({ ...valid, publishedAt: "yesterday" });
    expect(problem?.field).toBe("publishedAt");
    expect(problem?.message).toContain("ISO 8601");
    expect(problem?.message).toContain('found "yesterday"');
  });

  it.each(["2019-02-24T18:05:00", "2019-02-24", "2019-02-24 18:05"])(
    "rejects %s (no offset)",
    (date) => {
      expect(problemsFor({ ...valid, publishedAt: date })[0]?.field).toBe("publishedAt");
    },
  );

  it("accepts Z as an offset", () => {
    expect(validateFrontmatter({ ...valid, publishedAt: "2019-02-24T17:05:00Z" }).ok).toBe(true);
  });

  it("reports wrong types with the value found", () => {
    const problems = problemsFor({ ...valid, title: 42, tags: "one", draft: "yes" });
    expect(problems.map(({ field, message }) => ({ field, message }))).toEqual(
      expect.arrayContaining([
        { field: "title", message: "expected a headline as text; found number 42" },
        { field: "tags", message: 'expected a list of tags; found "one"' },
        { field: "draft", message: 'expected true or false; found "yes"' },
      ]),
    );
  });

  it("rejects an unknown section, naming the allowed ones", () => {
    const [problem] = problemsFor({ ...valid, section: "antarctica" });
    expect(problem?.message).toContain("americas");
    expect(problem?.message).toContain('found "antarctica"');
  });

  it("rejects unknown fields by name", () => {
    expect(problemsFor({ ...valid, titel: "Typo" })).toEqual([
      expect.objectContaining({
        rule: "unknown-field",
        field: "titel",
        message: "is not a known field (check its spelling)",
      }),
    ]);
  });

  it("requires exactly one of author and authors", () => {
    const { author: _unused, ...rest } = valid;
    expect(problemsFor(rest)[0]?.field).toBe("author");
    expect(problemsFor({ ...valid, authors: ["B"] })[0]?.field).toBe("author");
  });

  it("rejects updatedAt before publishedAt", () => {
    expect(problemsFor({ ...valid, updatedAt: "2019-02-20T00:00:00+01:00" })).toEqual([
      expect.objectContaining({ field: "updatedAt", rule: "date-order" }),
    ]);
    expect(problemsFor({ ...valid, expiresAt: "2019-02-20T00:00:00+01:00" })).toEqual([
      expect.objectContaining({ field: "expiresAt", rule: "date-order" }),
    ]);
  });

  it.each(["images/a.jpg", "/images/../../etc/passwd.jpg", "/images/a.gif", "https://x.org/a.jpg"])(
    "rejects the image path %s",
    (src) => {
      expect(problemsFor({ ...valid, image: { ...valid.image, src } })[0]?.field).toBe("image.src");
    },
  );

  it("requires alt text, caption and credit", () => {
    const problems = problemsFor({ ...valid, image: { src: "/images/a.jpg", alt: "  " } });
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      "image.alt",
      "image.caption",
      "image.credit",
    ]);
  });

  it("reports every problem at once", () => {
    expect(problemsFor({ summary: 7 }).length).toBeGreaterThanOrEqual(5);
  });

  it("accepts corrections and aliases, and checks their shape", () => {
    const result = validateFrontmatter({
      ...valid,
      corrections: [{ date: "2019-02-25T10:00:00+01:00", text: "An earlier version misspelt a name." }],
      aliases: ["old-slug"],
    });
    expect(result.ok && result.value.aliases).toEqual(["old-slug"]);
    const problems = problemsFor({ ...valid, corrections: [{ date: "soon" }], aliases: ["Bad Slug"] });
    expect(problems.map(({ field, rule }) => ({ field, rule }))).toEqual(
      expect.arrayContaining([
        { field: "corrections.0.date", rule: "date-format" },
        { field: "corrections.0.text", rule: "required-field" },
        { field: "aliases.0", rule: "alias-format" },
      ]),
    );
  });

  it("points each problem at the line and column of its field", () => {
    const result = validateFrontmatter(
      { ...valid, publishedAt: "yesterday" },
      { publishedAt: { line: 7, column: 1 }, image: { line: 9, column: 1 } },
    );
    expect(!result.ok && result.problems[0]).toMatchObject({ line: 7, column: 1 });
  });

  it("rejects frontmatter that is not a set of fields", () => {
    expect(problemsFor(["a", "b"])[0]?.field).toBe("frontmatter");
  });
});
