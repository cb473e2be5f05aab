import { articleUrl } from "../article";
import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import type { Article } from "../content/schema";
import { absoluteUrl } from "../site";

/** Attributes (hast property names) that hold a URL in the sanitized article HTML. */
const URL_PROPERTIES = ["href", "src"] as const;

/** A URL resolved against `base`; left as it is if it cannot be parsed. */
function resolveUrl(value: string, base: string): string {
  try {
    return new URL(value, base).toString();
  } catch {
    return value;
  }
}

function makeUrlsAbsolute(node: Nodes, base: string): void {
  if (node.type === "element") {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value === "string") node.properties[property] = resolveUrl(value, base);
    }
  }
  if ("children" in node) for (const child of node.children) makeUrlsAbsolute(child, base);
}

function text(value: string) {
  return { type: "text" as const, value };
}

function element(
  tagName: string,
  properties: Element["properties"],
  children: Element["children"],
): Element {
  return { type: "element", tagName, properties, children };
}

/** The article photo as a figure, so feed readers that ignore enclosures still show it. */
function photoFigure(article: Article, origin: string): Element {
  const { image } = article;
  return element("figure", {}, [
    element(
      "img",
      {
        src: absoluteUrl(image.src, origin),
        alt: image.alt,
        width: image.width,
        height: image.height,
      },
      [],
    ),
    element("figcaption", {}, [
      text(`${image.caption} `),
      element("small", {}, [text(image.credit)]),
    ]),
  ]);
}

/**
 * The full article for feed readers: the photo with its caption and credit,
 * then the body, with every link and image made absolute (a feed reader
 * resolves relative URLs against the feed, not the site). The body HTML was
 * sanitized by the content loader; it is parsed and re-serialized here, never
 * edited as text.
 */
/** An update's HTML for a feed reader, its links and images made absolute. */
export function absoluteHtml(html: string, base: string): string {
  const body = fromHtml(html, { fragment: true });
  makeUrlsAbsolute(body, base);
  return toHtml(body);
}

export function feedContentHtml(article: Article, origin: string): string {
  const body = fromHtml(article.body.html(), { fragment: true });
  makeUrlsAbsolute(body, articleUrl(origin, article));
  const root: Root = { type: "root", children: [photoFigure(article, origin), ...body.children] };
  return toHtml(root);
}
