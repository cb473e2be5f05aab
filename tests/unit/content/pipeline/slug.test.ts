import { describe, expect, it } from "vitest";
import { slugFromFileName } from "@/lib/content/pipeline/slug";
import { isValidSlug, MAX_SLUG_LENGTH } from "@/lib/content/schema";
import { slugify } from "@/lib/content/tooling/slugify";

describe("slugFromFileName", () => {
  it("takes the file name without .md", () => {
    expect(slugFromFileName("venezuelan-soldiers-desert-posts.md")).toEqual({
      ok: true,
      value: "venezuelan-soldiers-desert-posts",
    });
  });

  it.each(["Bad_Slug.md", "double--hyphen.md", "-leading.md", "trailing-.md", "space here.md", "é.md"])(
    "rejects %s and names it",
    (name) => {
      const result = slugFromFileName(name);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toContain(`"${name}"`);
    },
  );

  it("rejects an over-long slug", () => {
    expect(slugFromFileName(`${"a".repeat(MAX_SLUG_LENGTH + 1)}.md`).ok).toBe(false);
    expect(slugFromFileName(`${"a".repeat(MAX_SLUG_LENGTH)}.md`).ok).toBe(true);
  });
});

describe("isValidSlug", () => {
  it("accepts only the slug pattern", () => {
    expect(isValidSlug("a-b-1")).toBe(true);
    expect(isValidSlug("../etc/passwd")).toBe(false);
    expect(isValidSlug("")).toBe(false);
  });
});

describe("slugify", () => {
  it("turns a headline into a slug", () => {
    expect(slugify("Rail strike ends after 12 days!")).toBe("rail-strike-ends-after-12-days");
    expect(slugify("Cúcuta's border — reopened")).toBe("cucuta-s-border-reopened");
    expect(slugify("!!!")).toBe("");
  });
});
