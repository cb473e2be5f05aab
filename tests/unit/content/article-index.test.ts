import { describe, expect, it } from "vitest";
import { articleIndex } from "@/lib/content/article-index";
import type { Article } from "@/lib/content/schema";
import { makeArticle } from "../../support/article";

const a = makeArticle({ slug: "harbour-vote", aliases: ["old-harbour-vote", "harbour"] });
const b = makeArticle({ slug: "ferry-strike", aliases: ["harbour"] });
const twin = makeArticle({ slug: "harbour-vote", title: "A second file with the same slug" });

describe("articleIndex", () => {
  const articles: Article[] = [a, b, twin];
  const index = articleIndex(articles);

  it("finds every article under its slug, in the array's order", () => {
    expect(index.bySlug.get("harbour-vote")).toEqual([a, twin]);
    expect(index.bySlug.get("ferry-strike")).toEqual([b]);
    expect(index.bySlug.get("no-such-story")).toBeUndefined();
  });

  it("finds articles under each of their former slugs", () => {
    expect(index.byAlias.get("old-harbour-vote")).toEqual([a]);
    expect(index.byAlias.get("harbour")).toEqual([a, b]);
    expect(index.byAlias.get("ferry-strike")).toBeUndefined();
  });

  it("is made once per array, and anew for a new array", () => {
    expect(articleIndex(articles)).toBe(index);
    const next = [b];
    expect(articleIndex(next)).not.toBe(index);
    expect(articleIndex(next).bySlug.get("harbour-vote")).toBeUndefined();
  });
});
