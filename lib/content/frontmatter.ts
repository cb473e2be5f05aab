import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { failure, success, type StepResult } from "./problems";

export type ParsedSource = {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems point at the right line. */
  bodyStartLine: number;
};

function refuseToExecute(): never {
  throw new Error(
    "JavaScript frontmatter (---js) is not allowed: write the frontmatter in YAML between --- lines",
  );
}

/**
 * gray-matter evaluates `---js` / `---javascript` blocks with eval() by
 * default, so both engines are replaced by ones that refuse. YAML is parsed
 * with the core schema: dates stay the strings the editor wrote (keeping their
 * offset) instead of becoming Date objects, and duplicate keys are errors.
 */
const matterOptions = {
  engines: {
    yaml: (source: string): object => parseYaml(source, { schema: "core", uniqueKeys: true }) ?? {},
    js: refuseToExecute,
    javascript: refuseToExecute,
  },
};

/** Splits a Markdown file into its frontmatter data and its body. */
export function parseFrontmatter(source: string): StepResult<ParsedSource> {
  try {
    // Passing options also bypasses gray-matter's global cache keyed by content.
    const file = matter(source, matterOptions);
    const before = source.slice(0, source.length - file.content.length);
    const bodyStartLine = before.split("\n").length;
    return success({ data: file.data, body: file.content, bodyStartLine });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({ field: "frontmatter", message: firstLine(reason) });
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
