import { decodeNamedCharacterReference } from "decode-named-character-reference";
import { bodyText } from "../article";

/**
 * The text of an article body's Markdown as a reader sees it, near enough
 * for the search index: what the rendered page shows, without rendering it.
 * Rendering is a full Markdown parse (about 2 ms for a 700-word body), and
 * the index's first sync makes a document of every article: at 50,000 that
 * kept a core busy for minutes after a start (docs/performance.md).
 *
 * What is dropped is what the page does not show as text: image syntax
 * (alt text is an attribute), link destinations and reference definitions,
 * HTML tags (sanitized away; their text stays, as on the page) and list
 * numbers. The rest of Markdown's syntax is punctuation, which search words
 * (lib/search/words.ts) treat as breaks anyway. Entities are decoded, all of
 * HTML's named ones as Markdown does (bodyText knows the few HTML output has).
 */
export function markdownText(markdown: string): string {
  return bodyText(
    markdown
      .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, " ")
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, " ")
      .replace(/\]\([^)\n]*\)/g, "]")
      .replace(/\]\[[^\]\n]*\]/g, "]")
      .replace(/^[ \t]*\d{1,9}[.)](?=[ \t])/gm, " "),
  ).replace(/&([a-z][a-z0-9]*);/gi, (entity, name: string) => {
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? entity : decoded;
  });
}
