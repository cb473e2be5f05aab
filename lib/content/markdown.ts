import type { Root } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { VFile } from "vfile";
import { failure, success, type StepResult } from "./problems";

/** The headline is the page's only level-1 heading; the body uses ## and below. */
function remarkNoLevelOneHeadings() {
  return (tree: Root, file: VFile) => {
    for (const node of tree.children) {
      if (node.type === "heading" && node.depth === 1) {
        file.message(
          "expected subheadings to start with ## (the headline is the only level-1 heading)",
          node,
        );
      }
    }
  };
}

/**
 * Sanitizing is on: raw HTML, event-handler attributes and javascript:/data:
 * URLs never reach readers, whatever a Markdown file contains.
 */
const processor = remark().use(remarkNoLevelOneHeadings).use(remarkHtml, { sanitize: true });

/**
 * Renders an article body to safe HTML. `startLine` is the file line the body
 * starts on, so that problems name lines of the file, not of the body.
 */
export function renderMarkdown(body: string, startLine = 1): StepResult<string> {
  const file = processor.processSync(body);
  if (file.messages.length > 0) {
    return failure(
      ...file.messages.map((message) => ({
        field: `body (line ${message.line === undefined ? "?" : message.line + startLine - 1})`,
        message: message.reason,
      })),
    );
  }
  return success(String(file).trim());
}
