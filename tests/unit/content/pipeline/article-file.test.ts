import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticleFile } from "@/lib/content/pipeline/article-file";
import { listMarkdownFiles, readSource } from "@/lib/content/pipeline/read";
import { fixturePublicDir, fixturesDir } from "../../../support/fixtures";

describe("analyzeArticleFile", () => {
  it("keeps only the positions the cross-file checks report at: the author and aliases fields", async () => {
    const files = await listMarkdownFiles(path.join(fixturesDir, "store"));
    const file = files.find((candidate) => candidate.fileName === "published-story.md");
    if (!file) throw new Error("the fixture published-story.md is missing");
    const outcome = await analyzeArticleFile(await readSource(file), fixturePublicDir);
    expect(outcome.article?.slug).toBe("published-story");
    expect(outcome.fieldPositions).toEqual({
      author: { line: 6, column: 1 },
      aliases: { line: 8, column: 1 },
    });
  });
});
