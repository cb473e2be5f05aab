import { parseFrontmatter, positionOf } from "./frontmatter";
import type { ImageSizeReader } from "./image-size-cache";
import { measureImage } from "./images";
import { inspectMarkdown, renderMarkdown, type InternalLink } from "./markdown";
import { contentError, isError, type Position, type Problem } from "./problems";
import { validateUpdateHeader } from "./validate";
import type { ImageDimensions, LiveUpdate, LiveUpdateHeader } from "../schema";

/**
 * A live page's updates, written in the article's own file after its body:
 *
 *     --- update
 *     at: 2019-02-23T09:40:00-04:00
 *     headline: Convoys turned back at the bridge
 *     key: true
 *     ---
 *     The update's text, in Markdown.
 *
 * Each update runs to the next `--- update` line or the end of the file.
 * Every problem is reported at its line in the file, like the article's own.
 */

/** The line that opens an update. */
export const UPDATE_MARKER = "--- update";
const MARKER = /^--- update[ \t]*$/;
const CLOSE = /^---[ \t]*$/;

/** One `--- update` block as written, with the file lines its parts start on. */
export type UpdateBlock = {
  markerLine: number;
  header: string;
  body: string;
  bodyStartLine: number;
};

export type SplitBody = {
  /** The text above the first update: the article's own body. */
  intro: string;
  blocks: UpdateBlock[];
  problems: Problem[];
};

/** Splits a body into the text above the updates and the update blocks. */
export function splitLiveBody(body: string, bodyStartLine: number): SplitBody {
  const lines = body.split("\n");
  const markers = lines.flatMap((line, index) => (MARKER.test(line) ? [index] : []));
  const problems: Problem[] = [];
  const blocks: UpdateBlock[] = [];
  markers.forEach((start, order) => {
    const end = markers[order + 1] ?? lines.length;
    const close = lines.findIndex((line, index) => index > start && index < end && CLOSE.test(line));
    const markerLine = bodyStartLine + start;
    if (close === -1) {
      problems.push(
        contentError(
          "update-syntax",
          "update",
          "expected the update's fields (at, headline, ...) to end with a --- line",
          { line: markerLine, column: 1 },
        ),
      );
      return;
    }
    blocks.push({
      markerLine,
      header: lines.slice(start + 1, close).join("\n"),
      body: lines.slice(close + 1, end).join("\n"),
      bodyStartLine: bodyStartLine + close + 1,
    });
  });
  const intro = lines.slice(0, markers[0] ?? lines.length).join("\n");
  return { intro, blocks, problems };
}

/** An update's anchor from its time: `update-20190223-134000` (UTC). */
export function updateId(at: string): string {
  const iso = new Date(at).toISOString();
  return `update-${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}

export type UpdatesOutcome = {
  updates: LiveUpdate[];
  problems: Problem[];
  internalLinks: InternalLink[];
};

/**
 * Parses, validates and (with `render`) renders each update, then checks them
 * together: in the order they happened, none in the future, at most one pinned.
 */
export async function analyzeUpdates(
  blocks: readonly UpdateBlock[],
  options: { publicDir: string; readSize?: ImageSizeReader; render: boolean; now: Date },
): Promise<UpdatesOutcome> {
  const problems: Problem[] = [];
  const internalLinks: InternalLink[] = [];
  const updates: LiveUpdate[] = [];
  const headers: { header: LiveUpdateHeader; at: Position; pinnedAt: Position }[] = [];
  for (const block of blocks) {
    const analyzed = await analyzeBlock(block, options);
    problems.push(...analyzed.problems);
    internalLinks.push(...analyzed.internalLinks);
    if (analyzed.header) {
      headers.push({ header: analyzed.header, at: analyzed.atPosition, pinnedAt: analyzed.pinnedPosition });
    }
    if (analyzed.update) updates.push(analyzed.update);
  }
  headers.forEach(({ header, at }, index) => {
    const previous = headers[index - 1]?.header;
    if (previous && Date.parse(header.at) <= Date.parse(previous.at)) {
      problems.push(
        contentError(
          "update-order",
          "at",
          `expected a time after the update above (${previous.at}): add updates in the order they happened`,
          at,
        ),
      );
    }
    if (Date.parse(header.at) > options.now.getTime()) {
      problems.push(contentError("update-in-future", "at", "expected a time that has already come", at));
    }
  });
  const pinned = headers.filter(({ header }) => header.pinned);
  for (const extra of pinned.slice(1)) {
    problems.push(
      contentError("pinned-count", "pinned", "expected at most one pinned update on a live page", extra.pinnedAt),
    );
  }
  return { updates, problems, internalLinks };
}

async function analyzeBlock(
  block: UpdateBlock,
  options: { publicDir: string; readSize?: ImageSizeReader; render: boolean },
): Promise<{
  header?: LiveUpdateHeader;
  update?: LiveUpdate;
  problems: Problem[];
  internalLinks: InternalLink[];
  atPosition: Position;
  pinnedPosition: Position;
}> {
  // The block as a file of its own ("---" where "--- update" is), so the
  // article's frontmatter parser reads it; its lines are then the file's.
  const shift = block.markerLine - 1;
  const moved = (position: Position): Position => ({ ...position, line: position.line + shift });
  const problems: Problem[] = [];
  const markerPosition = { line: block.markerLine, column: 1 };
  const parsed = parseFrontmatter(`---\n${block.header}\n---\n`);
  if (!parsed.ok) {
    return {
      problems: parsed.problems.map((problem) => ({ ...problem, ...moved(problem) })),
      internalLinks: [],
      atPosition: markerPosition,
      pinnedPosition: markerPosition,
    };
  }
  const positions = Object.fromEntries(
    Object.entries(parsed.value.fieldPositions).map(([field, position]) => [field, moved(position)]),
  );
  const atPosition = positions.at ?? markerPosition;
  const pinnedPosition = positions.pinned ?? markerPosition;
  const header = validateUpdateHeader(parsed.value.data, positions);
  const rendered = options.render ? renderMarkdown(block.body, block.bodyStartLine) : undefined;
  const inspection = rendered ?? inspectMarkdown(block.body, block.bodyStartLine);
  problems.push(...inspection.problems);
  if (!header.ok) {
    problems.push(
      ...header.problems.map((problem) =>
        // A block with no fields at all is reported at its --- update line.
        problem.line === 1 && problem.field === "frontmatter" ? { ...problem, ...markerPosition } : problem,
      ),
    );
    return { problems, internalLinks: inspection.internalLinks, atPosition, pinnedPosition };
  }
  let imageSize: ImageDimensions | undefined;
  if (header.value.image) {
    const measured = await measureImage(
      options.publicDir,
      header.value.image.src,
      positionOf(positions, ["image", "src"]),
      "image.src",
      options.readSize,
    );
    if (measured.ok) imageSize = measured.value;
    else problems.push(...measured.problems);
  }
  const base = { header: header.value, problems, internalLinks: inspection.internalLinks, atPosition, pinnedPosition };
  if (!rendered || problems.some(isError) || (header.value.image && !imageSize)) return base;
  const { image, ...fields } = header.value;
  const update: LiveUpdate = {
    ...fields,
    id: updateId(header.value.at),
    html: rendered.html,
    ...(image && imageSize ? { image: { ...image, ...imageSize } } : {}),
  };
  return { ...base, update };
}
