import type { Root } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { mayNeedBodyInspection } from "./markdown-prescan";
import { contentError, contentWarning, type Position, type Problem } from "./problems";

export type InternalLink = { slug: string; at: Position };

export type RenderedBody = {
  /** Sanitized HTML. */
  html: string;
  /** Links to /articles/<slug>, to check that their targets exist. */
  internalLinks: InternalLink[];
  /** Errors (the body cannot be published) and warnings (something will be removed). */
  problems: Problem[];
};

/** What the body checks found: links to other articles and problems. */
export type Inspection = { internalLinks: InternalLink[]; problems: Problem[] };

const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/?[^:]*$)/i;
const ARTICLE_LINK = /^\/articles\/([^/?#]+)/;

/**
 * Looks at the Markdown before it is rendered: level-1 headings (the headline
 * is the only one), raw HTML and unsafe links that sanitizing will remove (so
 * the editor is told rather than surprised), and links to other articles.
 * Positions are of the body, not yet of the file.
 */
export function inspectTree(tree: Root): Inspection {
  const inspection: Inspection = { internalLinks: [], problems: [] };
  visit(tree, (node) => {
    const at = {
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    };
    if (node.type === "heading" && node.depth === 1) {
      inspection.problems.push(
        contentError(
          "heading-level",
          "body",
          "expected subheadings to start with ## (the headline is the only level-1 heading)",
          at,
        ),
      );
    } else if (node.type === "html") {
      const snippet = node.value.length > 40 ? `${node.value.slice(0, 37)}...` : node.value;
      inspection.problems.push(
        contentWarning(
          "raw-html",
          "body",
          `raw HTML is removed when published (${JSON.stringify(snippet)}); use Markdown instead`,
          at,
        ),
      );
    } else if (node.type === "link" || node.type === "image") {
      if (!SAFE_URL.test(node.url)) {
        inspection.problems.push(
          contentWarning(
            "unsafe-link",
            "body",
            `the ${node.type} to ${JSON.stringify(node.url)} is removed when published; use an https:// address`,
            at,
          ),
        );
      }
      const slug = node.type === "link" ? ARTICLE_LINK.exec(node.url)?.[1] : undefined;
      if (slug) inspection.internalLinks.push({ slug, at });
    }
  });
  return inspection;
}

/** The inspection as a remark plugin, so rendering parses the body once for both. */
function remarkInspect() {
  return (tree: Root, file: VFile) => {
    file.data.inspection = inspectTree(tree);
  };
}

declare module "vfile" {
  interface DataMap {
    inspection: Inspection;
  }
}

/**
 * Sanitizing is on: raw HTML, event-handler attributes and javascript:/data:
 * URLs never reach readers, whatever a Markdown file contains.
 */
const processor = remark().use(remarkInspect).use(remarkHtml, { sanitize: true });
const renderer = remark().use(remarkHtml, { sanitize: true });
const parser = remark();

/**
 * Renders an article body to safe HTML. `startLine` is the file line the body
 * starts on, so that problems name lines of the file, not of the body.
 */
export function renderMarkdown(body: string, startLine = 1): RenderedBody {
  const file = processor.processSync(body);
  const inspection = file.data.inspection ?? { internalLinks: [], problems: [] };
  return { html: String(file).trim(), ...shiftInspection(inspection, startLine) };
}

/**
 * An article body's HTML, the same as `renderMarkdown`'s, without the checks:
 * bodies are rendered when a page needs one (lib/content/body-store.ts),
 * long after loading checked them.
 */
export function bodyHtml(body: string): string {
  return String(renderer.processSync(body)).trim();
}

/**
 * The body checks of `renderMarkdown` without rendering, for loading and content:check:
 * the same problems and links, from the same parse (the checks look at the
 * Markdown tree, never at the HTML). A body that cannot hold anything they
 * look at is not parsed at all (see markdown-prescan.ts).
 */
export function inspectMarkdown(body: string, startLine = 1): Inspection {
  if (!mayNeedBodyInspection(body)) return { internalLinks: [], problems: [] };
  return shiftInspection(inspectTree(parser.parse(body)), startLine);
}

/** Moves body positions to file positions. */
function shiftInspection(inspection: Inspection, startLine: number): Inspection {
  const shift = (at: Position): Position => ({ line: at.line + startLine - 1, column: at.column });
  return {
    internalLinks: inspection.internalLinks.map((link) => ({ ...link, at: shift(link.at) })),
    problems: inspection.problems.map((problem) => ({ ...problem, ...shift(problem) })),
  };
}
