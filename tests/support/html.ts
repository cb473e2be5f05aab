import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";

/** A served page parsed the way a crawler's HTML parser sees it (parse5, the HTML standard's algorithm). */
export function parseHtml(html: string, fragment = false): Root {
  return fromHtml(html, { fragment });
}

export function elements(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "element" && test(node)) found.push(node);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

/** An attribute's value as a string (hast keeps some, like rel, as lists). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
}

export function textContent(node: Nodes): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map(textContent).join("");
  return "";
}

/** Contents of every `<meta property|name="key">`, in order. */
export function metaContents(tree: Root, key: string): string[] {
  return elements(
    tree,
    (element) =>
      element.tagName === "meta" &&
      (attribute(element, "property") === key || attribute(element, "name") === key),
  ).map((element) => attribute(element, "content") ?? "");
}

/** `<link rel="...">` elements. */
export function links(tree: Root, rel: string): Element[] {
  return elements(
    tree,
    (element) =>
      element.tagName === "link" && (attribute(element, "rel") ?? "").split(" ").includes(rel),
  );
}

/** The parsed contents of every `<script type="application/ld+json">`. */
export function jsonLdBlocks(tree: Root): unknown[] {
  return elements(
    tree,
    (element) =>
      element.tagName === "script" && attribute(element, "type") === "application/ld+json",
  ).map((element) => JSON.parse(textContent(element)) as unknown);
}
