import { describe, expect, it } from "vitest";
import { assembleArticle, byNewest } from "@/lib/content/assemble";
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
  corrections: [],
  aliases: [],
};

describe("assembleArticle", () => {
  it("combines frontmatter, slug, html and image size", () => {
    const article = assembleArticle({
      slug: "headline",
      frontmatter,
      html: "<p>x</p>",
      imageSize: { width: 10, height: 5 },
    });
    expect(article).toEqual({
      ...frontmatter,
      slug: "headline",
      html: "<p>x</p>",
      image: { ...frontmatter.image, width: 10, height: 5 },
    });
  });
});

describe("byNewest", () => {
  it("orders by instant, not by the written string", () => {
    const size = { width: 1, height: 1 };
    const a = assembleArticle({
      slug: "a",
      frontmatter: { ...frontmatter, publishedAt: "2020-01-01T10:00:00+01:00" },
      html: "",
      imageSize: size,
    });
    // Earlier as a string, but later as an instant (09:30 UTC vs 09:00 UTC).
    const b = assembleArticle({
      slug: "b",
      frontmatter: { ...frontmatter, publishedAt: "2020-01-01T05:30:00-04:00" },
      html: "",
      imageSize: size,
    });
    expect([a, b].sort(byNewest).map((x) => x.slug)).toEqual(["b", "a"]);
  });
});
