import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Elements (by path) that may occur more than once, always parsed into arrays (even when there is one). */
const REPEATED = new Set([
  "rss.channel.item",
  "rss.channel.item.category",
  "rss.channel.item.dc:creator",
  "feed.link",
  "feed.entry",
  "feed.entry.link",
  "feed.entry.author",
  "feed.entry.category",
  "urlset.url",
  "sitemapindex.sitemap",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, path) => REPEATED.has(String(path)),
});

/** Checks that `xml` is well-formed (failing with the parser's message if not), then parses it. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  return parser.parse(xml) as Record<string, unknown>;
}

/** The text of a parsed element, whether it is a plain string or an object with attributes. */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String(node["#text"]);
  if (node && typeof node === "object" && Object.keys(node).every((key) => key.startsWith("@_"))) {
    return "";
  }
  throw new Error(`expected a text element, found ${JSON.stringify(node)}`);
}
