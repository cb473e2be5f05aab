import { describe, expect, it } from "vitest";
import { editorialWarnings } from "@/lib/content/pipeline/editorial";
import type { Frontmatter } from "@/lib/content/schema";

const good: Frontmatter = {
  title: "A headline of a sensible length",
  summary: "A standfirst that is long enough to stand on its own in a listing.",
  section: "europe",
  tags: [],
  authors: ["A"],
  publishedAt: "2020-01-01T10:00:00+01:00",
  image: { src: "/a.jpg", alt: "A ferry crossing a grey sea.", caption: "c", credit: "d" },
  corrections: [],
  aliases: [],
  draft: false,
  withdrawn: false,
  live: false,
};

const positions = { title: { line: 2, column: 1 }, summary: { line: 3, column: 1 } };

describe("editorialWarnings", () => {
  it("finds nothing in good frontmatter", () => {
    expect(editorialWarnings(good, positions)).toEqual([]);
  });

  it("warns about long headlines, short or long summaries and thin alt text", () => {
    const warnings = editorialWarnings(
      {
        ...good,
        title: "x".repeat(111),
        summary: "Too short.",
        image: { ...good.image, alt: "Photo" },
      },
      positions,
    );
    expect(warnings.map(({ rule, severity, line }) => ({ rule, severity, line }))).toEqual([
      { rule: "headline-length", severity: "warning", line: 2 },
      { rule: "summary-length", severity: "warning", line: 3 },
      { rule: "alt-text", severity: "warning", line: 1 },
    ]);
    expect(editorialWarnings({ ...good, summary: "y".repeat(301) }, positions)[0]?.rule).toBe(
      "summary-length",
    );
  });
});
