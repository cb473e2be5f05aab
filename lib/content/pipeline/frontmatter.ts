import matter from "gray-matter";
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { createLocator } from "./positions";
import { contentError, failure, success, type Position, type StepResult } from "./problems";
import { readSimpleFrontmatter } from "./simple-frontmatter";

export type ParsedSource = {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems point at the right line. */
  bodyStartLine: number;
  /** Where each frontmatter field (dotted path, list items by index) is written in the file. */
  fieldPositions: Record<string, Position>;
};

class FrontmatterSyntaxError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly offset = 0,
  ) {
    super(message);
  }
}

function refuseToExecute(): never {
  throw new FrontmatterSyntaxError(
    "frontmatter-code",
    "JavaScript frontmatter (---js) is not allowed: write the frontmatter in YAML between --- lines",
  );
}

/**
 * Splits a Markdown file into its frontmatter data and its body: frontmatter
 * of the template's plain shape without the YAML parser
 * (simple-frontmatter.ts, which answers exactly what the parser would),
 * anything else with it.
 */
export function parseFrontmatter(source: string): StepResult<ParsedSource> {
  const simple = readSimpleFrontmatter(source);
  return simple ? success(simple) : parseFrontmatterWithYaml(source);
}

/**
 * The full path: any frontmatter, every syntax error reported with its place.
 *
 * gray-matter evaluates `---js` / `---javascript` blocks with eval() by
 * default, so both engines are replaced by ones that refuse. YAML is parsed
 * with the core schema: dates stay the strings the editor wrote (keeping their
 * offset) instead of becoming Date objects, and duplicate keys are errors.
 */
export function parseFrontmatterWithYaml(source: string): StepResult<ParsedSource> {
  let document: Document | undefined;
  const options = {
    engines: {
      yaml: (yamlSource: string): object => {
        document = parseDocument(yamlSource, { schema: "core", uniqueKeys: true });
        const [error] = document.errors;
        if (error) {
          const message = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
          throw new FrontmatterSyntaxError("frontmatter-syntax", message, error.pos[0]);
        }
        // A copy: the parser's strings are slices of the file's text, and a
        // slice keeps the whole text alive. Articles stay in memory for a
        // whole build (in every page worker), so without the copy each kept
        // its source file as well as its HTML (27 of 88 MB over 5,000 articles).
        return structuredClone(document.toJS() ?? {});
      },
      js: refuseToExecute,
      javascript: refuseToExecute,
    },
  };
  const locate = createLocator(source);
  const matterStart = source.indexOf("\n") + 1;
  try {
    // Passing options also bypasses gray-matter's global cache keyed by content.
    const file = matter(source, options);
    const before = source.slice(0, source.length - file.content.length);
    const fieldPositions: Record<string, Position> = {};
    if (document?.contents) {
      collectPositions(document.contents, [], (offset) => locate(matterStart + offset - 1), fieldPositions);
    }
    return success({
      data: file.data,
      body: file.content,
      bodyStartLine: before.split("\n").length,
      fieldPositions,
    });
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) {
      const at = error.rule === "frontmatter-syntax" ? locate(matterStart + error.offset - 1) : undefined;
      return failure(contentError(error.rule, "frontmatter", error.message, at));
    }
    const reason = error instanceof Error ? error.message : String(error);
    return failure(contentError("frontmatter-syntax", "frontmatter", reason.split("\n")[0] ?? reason));
  }
}

function collectPositions(
  node: Node,
  path: string[],
  locate: (offset: number) => Position,
  into: Record<string, Position>,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const fieldPath = [...path, String(pair.key.value)];
      into[fieldPath.join(".")] = locate(pair.key.range[0]);
      if (isNode(pair.value)) collectPositions(pair.value, fieldPath, locate, into);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (!isNode(item)) return;
      const itemPath = [...path, String(index)];
      if (item.range) into[itemPath.join(".")] = locate(item.range[0]);
      collectPositions(item, itemPath, locate, into);
    });
  }
}

/** The position of a field, or of its nearest written parent, or the file's start. */
export function positionOf(fieldPositions: Record<string, Position>, path: readonly PropertyKey[]): Position {
  for (let length = path.length; length > 0; length -= 1) {
    const found = fieldPositions[path.slice(0, length).map(String).join(".")];
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
