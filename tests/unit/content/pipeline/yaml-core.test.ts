import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readYamlCore } from "@/lib/content/pipeline/yaml-core";
import { fixturesDir } from "../../../support/fixtures";

/** What the reference reader (the `yaml` package, core schema) makes of a text, or "refused". */
function reference(text: string): unknown {
  const document = parseDocument(text, { schema: "core", uniqueKeys: true });
  if (document.errors.length > 0) return "refused";
  try {
    return document.toJS();
  } catch {
    // An alias to no anchor fails here.
    return "refused";
  }
}

function fast(text: string): unknown {
  try {
    return readYamlCore(text);
  } catch {
    return "refused";
  }
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join(dir, name));
}

describe("readYamlCore", () => {
  // Plain scalars where YAML 1.1 and 1.2 readers disagree, and their neighbours.
  const scalars = [
    ...["012", "00", "+12", "-0", "0o17", "-0o7", "0x1F", "+0x1F", "0b101", "1_000", "1:20", "12:30:00"],
    ...["1e3", "1e", ".5", "1.", "-.5e-3", "0.1_2", ".inf", "-.INF", "+.Inf", ".nan", ".NaN", "."],
    ...["~", "null", "Null", "NULL", "", "true", "True", "TRUE", "false", "yes", "no", "on", "off"],
    ...["2024-01-01", "2019-02-24T18:05:00+01:00", "'012'", '"1e3"', "!!str 12"],
  ];

  it.each(scalars)("reads %j as the reference does", (scalar) => {
    const text = `value: ${scalar}\n`;
    expect(fast(text)).toEqual(reference(text));
  });

  it("refuses what the reference refuses: syntax errors and duplicate keys", () => {
    for (const text of ["a: b: c\n", "a: [1, 2\n", 'a: "x\n', "a: x\na: y\n", "a: *nope\n", "a: 1\n---\nb: 2\n"]) {
      expect(reference(text), text).toBe("refused");
      expect(fast(text), text).toBe("refused");
    }
  });

  it("reads every frontmatter in content/ and the fixtures as the reference does", () => {
    const files = [
      ...markdownFiles(path.join(process.cwd(), "content")),
      ...markdownFiles(fixturesDir),
    ];
    let compared = 0;
    for (const file of files) {
      const match = /^---[^\n]*\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"));
      if (!match?.[1]) continue;
      const expected = reference(match[1]);
      const got = fast(match[1]);
      // What the fast reader refuses, the reference decides (frontmatter.ts).
      if (got !== "refused") expect(got, file).toEqual(expected);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
