import { describe, expect, it } from "vitest";
import { inlineBody } from "@/lib/content/inline-body";
import { assembleArticle } from "@/lib/content/pipeline/assemble";
import type { Frontmatter } from "@/lib/content/schema";

const frontmatter: Frontmatter = {
  title: "Headline",
  summary: "Summary.",
  section: "europe",
  tags: [],
  authors: ["A"],
  publishedAt: "2020-01-01T10:00:00+01:00",
  image: { src: "/a.jpg", alt: "Alt.", caption: "Caption.", credit: "Credit" },
  draft: false,
  withdrawn: false,
  live: false,
  corrections: [],
  aliases: [],
};

describe("assembleArticle", () => {
  it("combines frontmatter, slug, body and image size", () => {
    const body = inlineBody("x");
    const article = assembleArticle({
      slug: "headline",
      frontmatter,
      body,
      imageSize: { width: 10, height: 5 },
    });
    expect(article).toEqual({
      ...frontmatter,
      slug: "headline",
      body,
      image: { ...frontmatter.image, width: 10, height: 5 },
      updates: [],
    });
  });
});
