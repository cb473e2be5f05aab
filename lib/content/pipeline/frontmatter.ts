import matter from "gray-matter";
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { createLocator } from "./positions";
import { readYamlCore } from "./yaml-core";
import { contentError, failure, success, type Position, type StepResult } from "./problems";

/**
 * Where each frontmatter field (dotted path, list items by index) is written
 * in the file. Finding out costs a second, slower parse of the frontmatter,
 * so it is done when a problem needs a position, once.
 */
export type FieldPositions = () => Record<string, Position>;

export type ParsedSource = {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems point at the right line. */
  bodyStartLine: number;
  fieldPositions: FieldPositions;
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

const YAML_OPTIONS = { schema: "core", uniqueKeys: true } as const;

/**
 * Splits a Markdown file into its frontmatter data and its body.
 *
 * gray-matter evaluates `---js` / `---javascript` blocks with eval() by
 * default, so both engines are replaced by ones that refuse. YAML is parsed
 * with the core schema: dates stay the strings the editor wrote (keeping their
 * offset) instead of becoming Date objects, and duplicate keys are errors.
 *
 * The `yaml` package is the reference reader. A frontmatter is first read by
 * the faster one (yaml-core.ts, the same schema); what that one refuses is
 * read again by the reference, which decides and words the error.
 */
export function parseFrontmatter(source: string): StepResult<ParsedSource> {
  return readQuickly(source) ?? readWithReference(source);
}

/** The file read with the fast YAML reader, or undefined for the reference to decide. */
function readQuickly(source: string): StepResult<ParsedSource> | undefined {
  let yamlSource: string | undefined;
  const options = {
    engines: {
      yaml: (text: string): object => {
        // A copy of each: the reader's strings, and the text itself, are
        // slices of the file's text, and a slice keeps the whole text alive.
        yamlSource = structuredClone(text);
        return structuredClone(readYamlCore(text) ?? {});
      },
      js: refuseToExecute,
      javascript: refuseToExecute,
    },
  };
  let file: ReturnType<typeof matter>;
  try {
    // Passing options also bypasses gray-matter's global cache keyed by content.
    file = matter(source, options);
  } catch {
    return undefined;
  }
  const text = yamlSource;
  return success({
    data: file.data,
    body: file.content,
    bodyStartLine: bodyStartLine(source, file.content),
    fieldPositions: once(() => {
      if (text === undefined) return {};
      // The frontmatter's text starts on the file's first line (after its
      // "---"), so its lines and columns are the file's from line 2 on.
      const document = parseDocument(text, YAML_OPTIONS);
      const positions: Record<string, Position> = {};
      if (document.contents) collectPositions(document.contents, [], createLocator(text), positions);
      return positions;
    }),
  });
}

function readWithReference(source: string): StepResult<ParsedSource> {
  let document: Document | undefined;
  const options = {
    engines: {
      yaml: (yamlSource: string): object => {
        document = parseDocument(yamlSource, YAML_OPTIONS);
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
    const file = matter(source, options);
    const fieldPositions: Record<string, Position> = {};
    if (document?.contents) {
      collectPositions(document.contents, [], (offset) => locate(matterStart + offset - 1), fieldPositions);
    }
    return success({
      data: file.data,
      body: file.content,
      bodyStartLine: bodyStartLine(source, file.content),
      fieldPositions: () => fieldPositions,
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

function bodyStartLine(source: string, body: string): number {
  return source.slice(0, source.length - body.length).split("\n").length;
}

function once<T>(compute: () => T): () => T {
  let known: { value: T } | undefined;
  return () => (known ??= { value: compute() }).value;
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
export function positionOf(fieldPositions: FieldPositions, path: readonly PropertyKey[]): Position {
  const positions = fieldPositions();
  for (let length = path.length; length > 0; length -= 1) {
    const found = positions[path.slice(0, length).map(String).join(".")];
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
