import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { parseFrontmatter } from "@/lib/content/pipeline/frontmatter";
import { fixturesDir } from "../../../support/fixtures";

const executedFlag = "__datelineFrontmatterExecuted";

describe("parseFrontmatter", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, executedFlag);
  });

  it("splits YAML frontmatter from the body", () => {
    const result = parseFrontmatter("---\ntitle: Hello\ntags: [a, b]\n---\n\nBody **text**.\n");
    expect(result).toMatchObject({
      ok: true,
      value: {
        data: { title: "Hello", tags: ["a", "b"] },
        body: "\nBody **text**.\n",
        bodyStartLine: 5,
      },
    });
  });

  it("keeps dates as the strings the editor wrote, offset included", () => {
    const result = parseFrontmatter("---\npublishedAt: 2019-02-24T18:05:00+01:00\n---\n");
    expect(result.ok && result.value.data).toEqual({ publishedAt: "2019-02-24T18:05:00+01:00" });
  });

  it("returns empty data for a file without frontmatter", () => {
    expect(parseFrontmatter("Just a body.")).toEqual({
      ok: true,
      value: { data: {}, body: "Just a body.", bodyStartLine: 1, fieldPositions: {} },
    });
  });

  it("records where each field is written, nested fields and list items included", () => {
    const source = "---\ntitle: Hello\nimage:\n  src: /a.jpg\n  alt: Alt\ntags:\n  - one\n  - two\n---\nBody\n";
    const result = parseFrontmatter(source);
    expect(result.ok && result.value.fieldPositions).toEqual({
      title: { line: 2, column: 1 },
      image: { line: 3, column: 1 },
      "image.src": { line: 4, column: 3 },
      "image.alt": { line: 5, column: 3 },
      tags: { line: 6, column: 1 },
      "tags.0": { line: 7, column: 5 },
      "tags.1": { line: 8, column: 5 },
    });
  });

  it.each(["js-frontmatter", "javascript-frontmatter"])(
    "rejects %s without running it",
    (name) => {
      const source = readFileSync(path.join(fixturesDir, "invalid", name, "executes-code.md"), "utf8");
      const result = parseFrontmatter(source);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(/JavaScript frontmatter .* not allowed/);
      expect(Reflect.get(globalThis, executedFlag)).toBeUndefined();
    },
  );

  it("reports YAML syntax errors with their line", () => {
    const result = parseFrontmatter("---\ntitle: fine\nsection: [americas\n---\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ rule: "frontmatter-syntax", field: "frontmatter" });
      expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
    }
  });

  it("rejects duplicate keys", () => {
    expect(parseFrontmatter("---\ntitle: One\ntitle: Two\n---\n").ok).toBe(false);
  });
});

describe("parseFrontmatter's memory", () => {
  it("keeps none of the file's text alive through the parsed values", () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    // Each file is ~1 MB of body; the titles alone must not keep it in memory.
    const files = Array.from(
      { length: 20 },
      (_, i) => `---\ntitle: A headline long enough to be a sliced string ${i}\n---\n\n${"word ".repeat(200_000)}${i}\n`,
    );
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = files.map((source) => {
      const parsed = parseFrontmatter(source);
      return parsed.ok ? parsed.value.data : undefined;
    });
    files.length = 0;
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept[19]).toEqual({ title: "A headline long enough to be a sliced string 19" });
    expect(grown).toBeLessThan(5 * 1024 * 1024);
  });
});
