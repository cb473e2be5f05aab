import { WORD } from "./words";

/** A piece of text, and whether it is a matched term to highlight. */
export type Segment = { text: string; match: boolean };

/**
 * Splits `text` into plain and matched segments, matching whole words
 * (case-insensitively) against the matched `terms`. Rendering the segments as
 * text nodes and <mark> elements keeps every character escaped.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms.map((term) => term.toLowerCase()));
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!wanted.has(match[0].toLowerCase())) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), match: false });
    segments.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
