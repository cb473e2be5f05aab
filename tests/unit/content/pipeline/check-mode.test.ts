import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeContent, type ContentOutcomes } from "@/lib/content/pipeline/analyze";
import { fixtureAuthorsDir, fixturePublicDir, fixturesDir } from "../../../support/fixtures";

const invalidCases = readdirSync(path.join(fixturesDir, "invalid"));
const folders = [
  "check/articles",
  "valid",
  "seo",
  "brief/articles",
  ...invalidCases.map((name) => `invalid/${name}`),
];

/** What content:check prints: every file's problems (and aliases, which feed the cross-file checks). */
function report({ articles, authors }: ContentOutcomes) {
  return {
    authors: authors.map(({ file, problems }) => ({ file, problems })),
    articles: articles.map(({ file, slug, problems, internalLinks, aliases }) => ({
      file,
      slug,
      problems,
      internalLinks,
      aliases,
    })),
  };
}

describe("analyzeContent without rendering (content:check)", () => {
  it.each(folders)("finds exactly what a rendering scan finds in %s", async (folder) => {
    const paths = {
      articlesDir: path.join(fixturesDir, folder),
      authorsDir: folder.startsWith("check") ? path.join(fixturesDir, "check/authors") : fixtureAuthorsDir,
      publicDir: fixturePublicDir,
    };
    const rendered = await analyzeContent(paths);
    const checked = await analyzeContent(paths, {}, { render: false });
    expect(report(checked)).toEqual(report(rendered));
    expect(checked.articles.every((outcome) => outcome.article === undefined)).toBe(true);
  });
});
