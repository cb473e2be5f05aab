import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/seo/JsonLd";
import { findSection } from "@/lib/sections";
import { articlePageJsonLd } from "@/lib/seo/json-ld";
import { elements, parseHtml, textContent } from "../support/html";
import { seoFixture, seoFixtureAuthors, testSite } from "../support/seo";

async function hostileJsonLd() {
  const article = await seoFixture("hostile-title");
  const section = findSection(article.section);
  if (!section) throw new Error("the hostile fixture needs a known section");
  return {
    article,
    data: articlePageJsonLd(article, section, testSite, await seoFixtureAuthors(article)),
  };
}

/** The markup as a browser (or crawler) parses it, with a marker element after the script. */
function parsedPage(data: object) {
  const html = renderToStaticMarkup(
    <body>
      <JsonLd data={data} />
      <p id="after">after</p>
    </body>,
  );
  return { html, tree: parseHtml(`<!doctype html><html><head></head>${html}</html>`) };
}

describe("JsonLd", () => {
  it("renders one application/ld+json script", async () => {
    const { data } = await hostileJsonLd();
    const { tree } = parsedPage(data);
    const scripts = elements(tree, (element) => element.tagName === "script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.properties.type).toBe("application/ld+json");
  });

  it("keeps a headline with </script>, <!-- and & inside its script element, round-tripping exactly", async () => {
    const { article, data } = await hostileJsonLd();
    expect(article.title).toContain("</script>");
    expect(article.title).toContain("<!--");
    expect(article.title).toContain("&");
    const { tree } = parsedPage(data);
    const [script] = elements(tree, (element) => element.tagName === "script");
    expect(script).toBeDefined();
    if (!script) return;
    // Nothing leaked out: the element after the script is intact, and no text or
    // element other than the marker follows the script in the body.
    const body = elements(tree, (element) => element.tagName === "body")[0];
    expect(
      body?.children.map((child) => (child.type === "element" ? child.tagName : child.type)),
    ).toEqual(["script", "p"]);
    expect(elements(tree, (element) => element.properties.id === "after")).toHaveLength(1);
    expect(JSON.parse(textContent(script))).toEqual(data);
  });

  it("round-trips the article's text exactly", async () => {
    const { article, data } = await hostileJsonLd();
    const { tree } = parsedPage(data);
    const [script] = elements(tree, (element) => element.tagName === "script");
    const parsed = JSON.parse(script ? textContent(script) : "null") as typeof data;
    expect(parsed["@graph"][0]).toMatchObject({
      headline: article.title,
      description: article.summary,
      image: [{ caption: article.image.caption, creditText: article.image.credit }],
    });
  });

  it("would break out without the escaping: the test page detects a breakout", () => {
    // A control for the test above: the same markup written with plain JSON.stringify
    // ends the script early, so the checks above can fail.
    const html = `<body><script type="application/ld+json">${JSON.stringify({
      headline: "a </script><p>leaked</p>",
    })}</script><p id="after">after</p></body>`;
    const tree = parseHtml(`<!doctype html><html><head></head>${html}</html>`);
    const [script] = elements(tree, (element) => element.tagName === "script");
    expect(() => JSON.parse(script ? textContent(script) : "")).toThrow();
    expect(elements(tree, (element) => element.tagName === "p")).toHaveLength(2);
  });
});
