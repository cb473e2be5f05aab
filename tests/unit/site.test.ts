import { describe, expect, it } from "vitest";
import { absoluteUrl, site } from "@/lib/site";
import { findSection, sections } from "@/lib/sections";

describe("site", () => {
  it("builds absolute URLs on the configured origin", () => {
    expect(absoluteUrl("/articles/x")).toBe(`${site.origin}/articles/x`);
  });
});

describe("sections", () => {
  it("finds a section by slug and nothing for an unknown one", () => {
    expect(findSection("americas")?.name).toBe("Americas");
    expect(findSection("nowhere")).toBeUndefined();
  });

  it("has unique slugs", () => {
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
  });
});
