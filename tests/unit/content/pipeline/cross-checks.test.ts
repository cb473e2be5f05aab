import { describe, expect, it } from "vitest";
import { loadArticles } from "../../../support/load-content";
import { ContentError } from "@/lib/content/pipeline/problems";
import { invalidPaths } from "../../../support/fixtures";

async function messageOf(name: string): Promise<string> {
  const error = await loadArticles(invalidPaths(name)).catch((caught: unknown) => caught);
  if (!(error instanceof ContentError)) throw new Error(`expected ${name} to fail`);
  return error.message;
}

describe("checks across files", () => {
  it("rejects an alias that is another article's slug", async () => {
    expect(await messageOf("alias-collision")).toContain(
      'alias-collision/first-story.md:8:1  alias-collision  aliases: "second-story" is the slug of tests/fixtures/content/invalid/alias-collision/second-story.md',
    );
  });

  it("rejects a link to an article that does not exist, at the link", async () => {
    expect(await messageOf("broken-link")).toContain(
      "broken-link/links-out.md:15:16  broken-link  body: links to /articles/not-there, which is not an article",
    );
  });

  it("rejects an author id without an author file, at the item in the list", async () => {
    const message = await messageOf("unknown-author");
    expect(message).toContain(
      'unknown-author/two-bylines.md:6:26  unknown-author  authors.1: "no-such-person" is not an author',
    );
    expect(message).not.toContain('"test-reporter" is not an author');
  });
});
