import { Schema } from "yaml";
import type { ParsedSource } from "./frontmatter";
import type { Position } from "./problems";

/**
 * Reads the frontmatter of a file written the way the article template and
 * nearly every editor writes it, without the YAML parser: top-level
 * `key: value` lines, one level of nested `key: value` lines (image:), lists
 * as `[a, b]` or `- item` lines, values as plain single-line text or quoted
 * text without escapes. Anything else, however valid, answers undefined and
 * goes to the YAML parser (frontmatter.ts), which also reports every error:
 * this never refuses a file and never accepts one the parser would refuse.
 *
 * Why: the YAML parser was a third of loading an archive (parseFrontmatter
 * 36% of the loader's CPU at 5,000 articles), and every build worker and
 * every server loads the whole archive. A reader that accepted more (js-yaml)
 * was reverted for accepting files `yaml` refuses (docs/performance.md); this
 * one takes a narrow shape and a differential test
 * (tests/unit/content/pipeline/simple-frontmatter.test.ts) checks that,
 * whenever it answers, it answers exactly what the full path does: the data,
 * the body, its first line and every field's position.
 */
export function readSimpleFrontmatter(source: string): ParsedSource | undefined {
  if (!source.startsWith("---\n")) return undefined;
  // gray-matter's rule: the block ends at the first "\n---" after the opening line.
  const close = source.indexOf("\n---", 3);
  if (close <= 3) return undefined;
  const afterClose = close + 4;
  if (afterClose < source.length && source[afterClose] !== "\n") return undefined;
  const block = source.slice(4, close);
  if (UNSAFE_CHARACTER.test(block)) return undefined;

  // Comment lines count as blank; a `#` anywhere else (a comment after a value) is the parser's.
  const lines = block.split("\n").map((line) => (COMMENT_LINE.test(line) ? "" : line));
  if (lines.some((line) => line.includes("#"))) return undefined;
  const data: Record<string, unknown> = {};
  const fieldPositions: Record<string, Position> = {};
  // Line 1 of the file is the opening ---, so lines[i] is line i + 2.
  const at = (index: number, column: number): Position => ({ line: index + 2, column });

  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (line === "") {
      index += 1;
      continue;
    }
    const field = keyLine(line, 0);
    if (!field || Object.hasOwn(data, field.key)) return undefined;
    fieldPositions[field.key] = at(index, 1);
    index += 1;
    if (field.value !== undefined) {
      const value = inlineValue(field.value, field.valueColumn, (column) => at(index - 1, column));
      if (!value) return undefined;
      data[field.key] = value.value;
      addPositions(fieldPositions, field.key, value.items);
      continue;
    }
    // `key:` alone: a nested block, more indented, on the next non-blank line.
    while (lines[index] === "") index += 1;
    const first = lines[index];
    if (first === undefined) return undefined;
    const indent = leadingSpaces(first);
    if (indent === 0) return undefined;
    if (first.startsWith("- ", indent)) {
      const items: string[] = [];
      for (; index < lines.length; index += 1) {
        const itemLine = lines[index] ?? "";
        if (itemLine === "") continue;
        if (leadingSpaces(itemLine) !== indent || !itemLine.startsWith("- ", indent)) break;
        const item = blockScalar(itemLine.slice(indent + 2));
        if (typeof item !== "string") return undefined;
        fieldPositions[`${field.key}.${items.length}`] = at(index, indent + 3);
        items.push(item);
      }
      data[field.key] = items;
    } else {
      const nested: Record<string, unknown> = {};
      for (; index < lines.length; index += 1) {
        const nestedLine = lines[index] ?? "";
        if (nestedLine === "") continue;
        if (leadingSpaces(nestedLine) !== indent) break;
        const inner = keyLine(nestedLine, indent);
        if (!inner || inner.value === undefined || Object.hasOwn(nested, inner.key)) return undefined;
        const path = `${field.key}.${inner.key}`;
        fieldPositions[path] = at(index, indent + 1);
        const value = inlineValue(inner.value, inner.valueColumn, (column) => at(index, column));
        if (!value) return undefined;
        nested[inner.key] = value.value;
        addPositions(fieldPositions, path, value.items);
      }
      data[field.key] = nested;
    }
  }
  if (Object.keys(data).length === 0) return undefined;

  const bodyStart = afterClose < source.length ? afterClose + 1 : afterClose;
  return {
    // A copy: the strings above are slices of the file's text, which a slice
    // keeps alive (see parseFrontmatter).
    data: structuredClone(data),
    body: source.slice(bodyStart),
    bodyStartLine: countLines(source, bodyStart),
    fieldPositions,
  };
}

/**
 * Characters left to the YAML parser: control characters and tabs, carriage
 * returns, and every space or line break other than the ASCII space, which
 * YAML and JavaScript's trim() disagree about.
 */
const UNSAFE_CHARACTER =
  /[^\n\x20-\x7E\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]/u;

const coreTags = new Schema({ schema: "core" }).tags;
/** The core schema's tests for plain scalars that are not text (null, booleans, numbers), from yaml itself. */
const NOT_TEXT = coreTags.flatMap((tag) => ("test" in tag && tag.test instanceof RegExp ? [tag.test] : []));
/** The core schema's booleans (true, True, TRUE, false...): yaml resolves them by their first letter. */
const BOOLEAN = coreTags.find((tag) => tag.tag === "tag:yaml.org,2002:bool")?.test;

const COMMENT_LINE = /^ *#/;

const KEY = /^([A-Za-z][A-Za-z0-9_]{0,63}):(?: +(.*))?$/;

type KeyLine = { key: string; value?: string; valueColumn: number };

/** `key: value` or `key:` at exactly `indent` spaces. */
function keyLine(line: string, indent: number): KeyLine | undefined {
  const match = KEY.exec(indent === 0 ? line : line.slice(indent));
  const key = match?.[1];
  if (!match || key === undefined || isNotText(key)) return undefined;
  const value = match[2];
  if (value === undefined) {
    // "key:" followed by spaces only would be a null value: the parser's.
    return line.length === indent + key.length + 1 ? { key, valueColumn: 0 } : undefined;
  }
  if (value === "") return undefined;
  return { key, value, valueColumn: line.length - value.length + 1 };
}

type InlineValue = { value: string | boolean | string[]; items: Position[] };

/** A scalar, or a flow list of plain items, written after `key: `. */
function inlineValue(
  text: string,
  column: number,
  at: (column: number) => Position,
): InlineValue | undefined {
  if (!text.startsWith("[")) {
    const value = blockScalar(text);
    return value === undefined ? undefined : { value, items: [] };
  }
  if (!text.endsWith("]")) return undefined;
  const inner = text.slice(1, -1);
  if (inner === "") return { value: [], items: [] };
  const value: string[] = [];
  const items: Position[] = [];
  let offset = 1;
  for (const part of inner.split(",")) {
    const item = part.trim();
    if (!FLOW_ITEM.test(item) || isNotText(item)) return undefined;
    items.push(at(column + offset + part.indexOf(item)));
    value.push(item);
    offset += part.length + 1;
  }
  return { value, items };
}

/** A flow list item: plain words with no flow indicator, colon or quote. */
const FLOW_ITEM = /^[A-Za-z0-9](?:[A-Za-z0-9 ._/-]*[A-Za-z0-9._/-])?$/;

/** A single-line scalar in block context: a boolean, plain text, or text quoted without escapes. */
function blockScalar(text: string): string | boolean | undefined {
  if (BOOLEAN?.test(text)) return text[0] === "t" || text[0] === "T";
  const first = text[0];
  if (first === undefined) return undefined;
  if (first === '"') {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : undefined;
  }
  if (first === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || inner.replaceAll("''", "").includes("'")) return undefined;
    return inner.replaceAll("''", "'");
  }
  if (PLAIN_INDICATORS.includes(first)) return undefined;
  if (text.includes(": ") || text.endsWith(":") || text.endsWith(" ") || isNotText(text)) return undefined;
  return text;
}

/** Characters that give a plain scalar's first position another meaning. */
const PLAIN_INDICATORS = "-?:,[]{}#&*!|>'\"%@` ";

function isNotText(plain: string): boolean {
  return NOT_TEXT.some((test) => test.test(plain));
}

function addPositions(into: Record<string, Position>, path: string, items: readonly Position[]): void {
  items.forEach((position, index) => {
    into[`${path}.${index}`] = position;
  });
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (line[count] === " ") count += 1;
  return count;
}

/** The 1-based line on which offset `end` of `text` falls. */
function countLines(text: string, end: number): number {
  let lines = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < end; index = text.indexOf("\n", index + 1)) {
    lines += 1;
  }
  return lines;
}
