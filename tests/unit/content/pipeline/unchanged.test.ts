import { describe, expect, it } from "vitest";
import { isUnchanged, type KnownOutcome } from "@/lib/content/pipeline/unchanged";
import type { Problem } from "@/lib/content/pipeline/problems";

const warning: Problem = {
  rule: "headline-length",
  field: "title",
  message: "a long headline",
  severity: "warning",
  line: 2,
  column: 1,
};
const error: Problem = { ...warning, rule: "required-field", severity: "error" };

const known = (entries: [string, string, Problem[]][]) =>
  new Map<string, KnownOutcome>(entries.map(([file, stamp, problems]) => [file, { stamp, problems }]));

describe("isUnchanged", () => {
  const last = known([
    ["content/articles/a.md", "1:100", []],
    ["content/articles/b.md", "2:200", [warning]],
  ]);

  it("is true for the same files with the same stamps, warnings or not", () => {
    expect(
      isUnchanged(
        [
          { file: "content/articles/a.md", stamp: "1:100" },
          { file: "content/articles/b.md", stamp: "2:200" },
        ],
        last,
      ),
    ).toBe(true);
  });

  it("is false when a file was edited, added or deleted", () => {
    const a = { file: "content/articles/a.md", stamp: "1:100" };
    const b = { file: "content/articles/b.md", stamp: "2:200" };
    expect(isUnchanged([a, { ...b, stamp: "3:201" }], last)).toBe(false);
    expect(isUnchanged([a, b, { file: "content/articles/c.md", stamp: "4:1" }], last)).toBe(false);
    expect(isUnchanged([a], last)).toBe(false);
    expect(isUnchanged([a, { file: "content/articles/renamed.md", stamp: "2:200" }], last)).toBe(false);
  });

  it("is false while any file has an error, so that file is looked at again", () => {
    const broken = known([["content/articles/a.md", "1:100", [error]]]);
    expect(isUnchanged([{ file: "content/articles/a.md", stamp: "1:100" }], broken)).toBe(false);
  });
});
