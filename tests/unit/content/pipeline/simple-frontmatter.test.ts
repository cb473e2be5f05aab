import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticArticle, syntheticAuthor } from "@/bench/lib/generate";
import { parseFrontmatter, parseFrontmatterWithYaml } from "@/lib/content/pipeline/frontmatter";
import { readSimpleFrontmatter } from "@/lib/content/pipeline/simple-frontmatter";
import { articleTemplate } from "@/lib/content/tooling/template";

/** The fast reader's answer must be exactly the YAML path's, whenever it gives one. */
function expectSameAsYaml(source: string) {
  const simple = readSimpleFrontmatter(source);
  if (simple) expect(parseFrontmatterWithYaml(source)).toStrictEqual({ ok: true, value: simple });
  return simple;
}

const contentDir = path.resolve(import.meta.dirname, "../../../../content");
const filesOf = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => readFileSync(path.join(dir, name), "utf8"));

describe("readSimpleFrontmatter", () => {
  it("reads the site's own articles and authors, the template and the bench's files, as the YAML path does", () => {
    const sources = [
      ...filesOf(path.join(contentDir, "articles")),
      ...filesOf(path.join(contentDir, "authors")),
      articleTemplate({ title: "A new story", publishedAt: "2026-12-04T09:00:00+01:00" }),
      syntheticArticle(0),
      syntheticArticle(4_321),
      syntheticAuthor("Ana Ribeiro"),
    ];
    expect(sources.length).toBeGreaterThan(20);
    for (const source of sources) expect(expectSameAsYaml(source)).toBeDefined();
  });

  it("records positions of fields, nested fields and items of both kinds of list", () => {
    const source =
      "---\ntitle: Hello\n# a comment\nimage:\n  src: /a.jpg\n\n  alt: 'It''s here'\ntags:\n   - one\n   - two\naliases: [old-one,  old-two ]\n---\nBody\n";
    expect(expectSameAsYaml(source)).toEqual({
      data: {
        title: "Hello",
        image: { src: "/a.jpg", alt: "It's here" },
        tags: ["one", "two"],
        aliases: ["old-one", "old-two"],
      },
      body: "Body\n",
      bodyStartLine: 13,
      fieldPositions: {
        title: { line: 2, column: 1 },
        image: { line: 4, column: 1 },
        "image.src": { line: 5, column: 3 },
        "image.alt": { line: 7, column: 3 },
        tags: { line: 8, column: 1 },
        "tags.0": { line: 9, column: 6 },
        "tags.1": { line: 10, column: 6 },
        aliases: { line: 11, column: 1 },
        "aliases.0": { line: 11, column: 11 },
        "aliases.1": { line: 11, column: 21 },
      },
    });
  });

  it.each([
    ["a comment after a value", "title: Hello # greeting"],
    ["a value continued on the next line", "title: Hello\n  world"],
    ["a value continued at the first column", 'title: "Hello\nworld"'],
    ["a quoted value with an escape", 'title: "Tab\\there"'],
    ["a colon and a space inside a plain value", "title: Kyiv: the night"],
    ["a boolean in a list", "tags:\n  - true"],
    ["a number", "count: 12"],
    ["a null", "author: ~"],
    ["an empty value", "author:"],
    ["an anchor", "title: &a Hello"],
    ["an alias", "title: *a"],
    ["a tag", "title: !!str 12"],
    ["a block scalar", "summary: >\n  Folded text"],
    ["a flow mapping", "image: {src: /a.jpg}"],
    ["a quoted list item", "tags: ['a', b]"],
    ["a list of mappings", "corrections:\n  - date: 2026-01-01T00:00:00Z\n    text: Fixed"],
    ["a list at its key's indentation", "tags:\n- one"],
    ["a tab", "title:\tHello"],
    ["a non-breaking space", "title: Hello\u00a0world"],
    ["a duplicate key", "title: One\ntitle: Two"],
    ["a duplicate nested key", "image:\n  src: /a.jpg\n  src: /b.jpg"],
    ["inconsistent indentation", "image:\n  src: /a.jpg\n   alt: Alt"],
    ["a trailing space", "title: Hello "],
    ["a key that is not text", "true: yes"],
  ])("leaves %s to the YAML parser", (_, yaml) => {
    expect(readSimpleFrontmatter(`---\n${yaml}\n---\nBody\n`)).toBeUndefined();
  });

  it.each([
    ["no frontmatter", "Just a body.\n"],
    ["carriage returns", "---\r\ntitle: Hello\r\n---\r\nBody\r\n"],
    ["a closing line with more on it", "---\ntitle: Hello\n--- more\nBody\n"],
    ["no closing line", "---\ntitle: Hello\n"],
    ["empty frontmatter", "---\n---\nBody\n"],
    ["a byte order mark", "\ufeff---\ntitle: Hello\n---\n"],
  ])("leaves a file with %s to the full path", (_, source) => {
    expect(readSimpleFrontmatter(source)).toBeUndefined();
  });

  it("answers exactly what the YAML path does for thousands of generated frontmatters", () => {
    // A seeded generator of near-valid frontmatter: the shapes the reader
    // takes, mixed with the characters, indentations and tokens that give
    // YAML another meaning.
    // mulberry32: a small seeded generator whose low bits are as random as its high ones.
    let state = 11;
    let seed = 0;
    const pick = <T>(choices: readonly T[]): T => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      seed = (t ^ (t >>> 14)) >>> 0;
      return choices[seed % choices.length] as T;
    };
    const goodKeys = ["title", "summary", "section", "tags", "alt", "image", "k9", "src"];
    const key = () => pick(pick([goodKeys, goodKeys, goodKeys, ["null", "0x1", "a b", "x-y", "_u", "title"]]));
    const separators = [...Array<string>(12).fill(": "), ":", ":  ", " : ", ":\t"];
    const plainScalars = [
      "Hello world",
      "Ferries, storms and budgets",
      "2024-01-01T00:00:00+00:00",
      "/images/a.jpg",
      "true",
      "False",
      '"quoted text"',
      "'it''s'",
      "[a, b]",
      "[ x y , z ]",
      "[]",
    ];
    const trickyScalars = [
      "a:b",
      "a: b",
      "x:",
      "Foo [bar] {baz}",
      "a - b",
      "é ünïcødé 😀",
      "Editor's note",
      "back\\slash",
      '"quoted text"',
      '""',
      '"with \\" escape"',
      '"a"b"',
      "'single'",
      "'it''s'",
      "''",
      "'bad'quote'",
      "[a, b]",
      "[a,b,]",
      "[]",
      "[ ]",
      "[a, [b]]",
      "[a: b]",
      "[ x y , z ]",
      "[1, 2]",
      "[True]",
      "true",
      "False",
      "yes",
      "null",
      "~",
      "12",
      "-5",
      "0o17",
      "1e3",
      ".5",
      ".inf",
      "- item",
      "-dash",
      "?q",
      "*alias",
      "&anchor v",
      "!tag v",
      "|",
      ">",
      "%x",
      "@x",
      "`x`",
      "a # c",
      "a#b",
      "a\tb",
      "a ",
      " a",
      "nbsp\u00a0here",
      "line\u2028sep",
      "nel\u0085here",
      "a\rb",
      "",
      "{a: 1}",
    ];
    const scalar = () => pick(pick([plainScalars, plainScalars, plainScalars, plainScalars, plainScalars, trickyScalars]));
    const indents = ["", " ", "  ", "  ", "  ", "   ", "    "];
    const entry = (): string[] => {
      const name = key();
      switch (pick(["inline", "inline", "inline", "inline", "inline", "list", "list", "map", "map", "odd"])) {
        case "inline":
          return [`${name}${pick(separators)}${scalar()}`];
        case "list": {
          const indent = pick(indents);
          const marker = pick(["- ", "- ", "- ", "- ", "-  ", "-"]);
          return [
            `${name}:`,
            ...Array.from({ length: 1 + (seed % 3) }, () => `${pick([indent, indent, indent, indent, indent, " "])}${marker}${scalar()}`),
          ];
        }
        case "map": {
          const indent = pick(indents);
          return [
            `${name}:`,
            ...Array.from({ length: 1 + (seed % 3) }, () => `${pick([indent, indent, indent, indent, indent, "   "])}${key()}${pick(separators)}${scalar()}`),
          ];
        }
        default:
          return [pick(["", "  ", "# note", "  # indented note", "...", "--- ", "plain line", "  continued"])];
      }
    };
    let taken = 0;
    const total = 5_000;
    for (let n = 0; n < total; n += 1) {
      const lines = Array.from({ length: 1 + (seed % 4) }, entry).flat();
      const close = pick(["\n---\n", "\n---\n", "\n---\n", "\n---", "\n---\n\n", "\n----\n", "\n--- x\n"]);
      const source = `---\n${lines.join("\n")}${close}${pick(["", "Body\n", "\nBody text\n---\nmore\n"])}`;
      if (expectSameAsYaml(source)) taken += 1;
    }
    // Both paths are exercised: a good share is read without the parser.
    expect(taken).toBeGreaterThan(total / 20);
    expect(taken).toBeLessThan(total * 0.9);
  });
});

describe("parseFrontmatter", () => {
  it("reports a broken file the fast reader leaves alone with the YAML parser's error", () => {
    expect(parseFrontmatter("---\ntitle: Kyiv: the night\n---\n")).toStrictEqual(
      parseFrontmatterWithYaml("---\ntitle: Kyiv: the night\n---\n"),
    );
    expect(parseFrontmatter("---\ntitle: Kyiv: the night\n---\n").ok).toBe(false);
  });
});
