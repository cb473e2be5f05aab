import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeContent, type ContentOutcomes } from "@/lib/content/pipeline/analyze";
import { decodeSource } from "@/lib/content/pipeline/decode";
import { fixtureAuthorsDir, fixturePublicDir, fixturesDir } from "../../../support/fixtures";

const bytes = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe("decodeSource", () => {
  it("reads UTF-8 with and without a byte-order mark, with any line ending, as LF text", () => {
    const expected = { ok: true, value: "---\ntitle: Été\n---\nBody\n\nEnd" };
    expect(decodeSource(bytes("---\ntitle: Été\n---\nBody\n\nEnd"))).toEqual(expected);
    expect(decodeSource(bytes("---\r\ntitle: Été\r\n---\r\nBody\r\n\r\nEnd"))).toEqual(expected);
    expect(decodeSource(bytes("---\rtitle: Été\r---\rBody\r\rEnd"))).toEqual(expected);
    expect(
      decodeSource(new Uint8Array([...BOM, ...bytes("---\r\ntitle: Été\r\n---\r\nBody\r\n\r\nEnd")])),
    ).toEqual(expected);
  });

  it("names UTF-16, with either byte order", () => {
    for (const mark of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const result = decodeSource(new Uint8Array([...mark, 0x2d, 0x00, 0x2d, 0x00]));
      expect(result).toMatchObject({
        ok: false,
        problems: [{ rule: "encoding", line: 1, column: 1, severity: "error" }],
      });
      expect(!result.ok && result.problems[0]?.message).toMatch(/UTF-16, not UTF-8.*save the file as "UTF-8"/);
    }
  });

  it("names the first byte that is not UTF-8 and where it is (a Latin-1 file)", () => {
    // "title: Café" in Latin-1: é is the single byte 0xE9.
    const latin1 = new Uint8Array([...bytes("---\ntitle: Caf"), 0xe9, ...bytes("\n---\n")]);
    const result = decodeSource(latin1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toHaveLength(1);
    expect(!result.ok && result.problems[0]?.message).toBe(
      'encoding: byte 0xE9 at line 2, column 11 is not UTF-8 (the file may be saved as Latin-1 or Windows-1252); save the file as "UTF-8" in your editor.',
    );
  });

  it("refuses a binary file in one problem", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const result = decodeSource(png);
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/NUL byte .* not text/),
    ]);
  });
});

describe("content saved by any editor", () => {
  let dir: string;
  const variants = {
    lf: (text: string) => bytes(text),
    crlf: (text: string) => bytes(text.replace(/\n/g, "\r\n")),
    "bom-crlf": (text: string) => new Uint8Array([...BOM, ...bytes(text.replace(/\n/g, "\r\n"))]),
    "bom-lf": (text: string) => new Uint8Array([...BOM, ...bytes(text)]),
  };
  const outcomes: Record<string, ContentOutcomes> = {};
  // A valid article and files with problems at known places.
  const sources = [
    path.join(fixturesDir, "valid", "border-talks-resume.md"),
    path.join(fixturesDir, "valid", "hostile-body.md"),
    path.join(fixturesDir, "valid", "nested", "science-fair-opens.md"),
    path.join(fixturesDir, "check", "articles", "date-format.md"),
    path.join(fixturesDir, "check", "articles", "heading-level.md"),
    path.join(fixturesDir, "check", "articles", "tag-format.md"),
  ];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-encodings-"));
    for (const [name, encode] of Object.entries(variants)) {
      const articlesDir = path.join(dir, name);
      await mkdir(articlesDir);
      for (const source of sources) {
        await writeFile(path.join(articlesDir, path.basename(source)), encode(await readFile(source, "utf8")));
      }
      outcomes[name] = await analyzeContent({
        articlesDir,
        authorsDir: fixtureAuthorsDir,
        publicDir: fixturePublicDir,
      });
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const comparable = (result: ContentOutcomes | undefined) =>
    (result?.articles ?? []).map(({ file, stamp, article, ...rest }) => ({
      name: path.basename(file),
      ...rest,
      // The body compared by what it holds.
      article: article && { ...article, body: article.body.html() },
    }));

  it("gives the same articles and the same problems at the same line:column", async () => {
    expect(await readdir(path.join(dir, "crlf"))).toHaveLength(sources.length);
    const lf = comparable(outcomes.lf);
    expect(lf.find((outcome) => outcome.name === "border-talks-resume.md")?.problems).toEqual([]);
    expect(lf.flatMap((outcome) => outcome.problems).length).toBeGreaterThanOrEqual(3);
    for (const name of ["crlf", "bom-crlf", "bom-lf"]) {
      expect(comparable(outcomes[name]), name).toEqual(lf);
    }
  });
});
