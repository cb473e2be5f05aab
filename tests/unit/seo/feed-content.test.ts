import { describe, expect, it } from "vitest";
import { feedContentHtml } from "@/lib/seo/feed-content";
import { attribute, elements, parseHtml, textContent } from "../../support/html";
import { seoFixture } from "../../support/seo";

async function content(slug: string) {
  return parseHtml(feedContentHtml(await seoFixture(slug), "https://news.example"), true);
}

describe("feedContentHtml", () => {
  it("makes every link and image in the body absolute, resolved against the article's URL", async () => {
    const tree = await content("relative-links");
    const hrefs = elements(tree, (element) => element.tagName === "a").map((a) =>
      attribute(a, "href"),
    );
    expect(hrefs).toEqual([
      "https://news.example/articles/hostile-title",
      "https://news.example/articles/sibling-story",
      "https://news.example/articles/relative-links#notes",
      "https://example.org/x?a=1&b=2",
    ]);
    const sources = elements(tree, (element) => element.tagName === "img").map((img) =>
      attribute(img, "src"),
    );
    expect(sources).toEqual([
      "https://news.example/images/photo.jpg",
      "https://news.example/images/photo.jpg",
    ]);
  });

  it("opens with the photo, its size, alt text, caption and credit", async () => {
    const tree = await content("relative-links");
    const [figure] = elements(tree, (element) => element.tagName === "figure");
    expect(figure).toBeDefined();
    if (!figure) return;
    const [img] = elements(figure, (element) => element.tagName === "img");
    expect(img && attribute(img, "alt")).toBe("A blue test rectangle standing in for a photo.");
    expect(img && [attribute(img, "width"), attribute(img, "height")]).toEqual(["64", "48"]);
    expect(textContent(figure)).toBe("A fixture caption. Illustration by Dateline Graphics");
    expect(tree.children[0]).toBe(figure);
  });

  it("keeps the whole body, not a summary", async () => {
    const article = await seoFixture("relative-links");
    const tree = await content("relative-links");
    expect(textContent(tree)).toContain(
      "See the earlier story, a sibling, the notes and an outside page.",
    );
    expect(article.summary).not.toBe(textContent(tree));
  });

  it("turns hostile captions and credits into text, never markup", async () => {
    const tree = await content("hostile-title");
    expect(elements(tree, (element) => element.tagName === "script")).toEqual([]);
    const [caption] = elements(tree, (element) => element.tagName === "figcaption");
    expect(caption && textContent(caption)).toBe(
      "A caption with </script><!-- & ]]> inside. Photo by Ana <Ruiz> / Agence & Co",
    );
  });
});
