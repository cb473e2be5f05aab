import "server-only";
import { assembleArticle } from "./assemble";
import { positionsForCrossChecks } from "./cross-checks";
import { editorialWarnings } from "./editorial";
import { decodeSource } from "./decode";
import { parseFrontmatter, positionOf } from "./frontmatter";
import type { ImageSizeReader } from "./image-size-cache";
import { measureImage } from "./images";
import { analyzeUpdates, splitLiveBody } from "./live-updates";
import { inspectMarkdown, type InternalLink } from "./markdown";
import { contentError, isError, type Position, type Problem } from "./problems";
import type { SourceFile } from "./read";
import { inlineBody, type BodyKeeper } from "../inline-body";
import { imageSchema, type Article, type ImageDimensions } from "../schema";
import { slugFromFileName } from "./slug";
import { validateFrontmatter } from "./validate";

/** Everything learnt from one article file. */
export type FileOutcome = {
  file: string;
  stamp: string;
  /** The slug from the file name, when the name is valid (even if the file has other errors). */
  slug?: string;
  /** Present when the file has no errors (and it was rendered). */
  article?: Article;
  /** The former slugs of a file without errors of its own, rendered or not, for the cross-file checks. */
  aliases: string[];
  problems: Problem[];
  internalLinks: InternalLink[];
  /** The author ids the frontmatter names, when it is valid (checked against the author files later). */
  authorIds: string[];
  /** Where the fields the cross-file checks report on are written (the author and aliases fields). */
  fieldPositions: Record<string, Position>;
};

/**
 * Runs one file through the pipeline (slug, frontmatter, validation, body,
 * image, house style), carrying on past a failed step wherever the next can
 * still run, so that every problem in the file is reported together.
 * `readSize` (a scan's cached reader) measures the image. The body is
 * checked, not rendered: a page renders it when it needs it. With `render`
 * false (content:check) no article is assembled (and a live page's updates
 * are not rendered): every problem is the same, only the article is missing.
 * `keepBody` keeps the body's Markdown (a scan's body store; by default, in memory).
 */
export async function analyzeArticleFile(
  source: SourceFile,
  publicDir: string,
  readSize?: ImageSizeReader,
  render = true,
  keepBody: BodyKeeper = inlineBody,
): Promise<FileOutcome> {
  const problems: Problem[] = [];
  const slug = slugFromFileName(source.fileName);
  if (!slug.ok) problems.push(...slug.problems);
  let fieldPositions: Record<string, Position> = {};
  let authorIds: string[] = [];
  const outcome = (
    article?: Article,
    internalLinks: InternalLink[] = [],
    aliases: string[] = article?.aliases ?? [],
  ): FileOutcome => ({
    file: source.file,
    stamp: source.stamp,
    slug: slug.ok ? slug.value : undefined,
    article,
    aliases,
    problems,
    internalLinks,
    authorIds,
    fieldPositions: positionsForCrossChecks(fieldPositions),
  });

  const text = decodeSource(source.bytes);
  if (!text.ok) {
    problems.push(...text.problems);
    return outcome();
  }
  const parsed = parseFrontmatter(text.value);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return outcome();
  }
  const { data, body, bodyStartLine } = parsed.value;
  fieldPositions = parsed.value.fieldPositions;

  const frontmatter = validateFrontmatter(data, fieldPositions);
  if (frontmatter.ok) {
    authorIds = frontmatter.value.authors;
    problems.push(...editorialWarnings(frontmatter.value, fieldPositions));
  } else problems.push(...frontmatter.problems);

  // A live page's updates follow its own text (live-updates.ts).
  const split = splitLiveBody(body, bodyStartLine);
  problems.push(...split.problems);
  const inspection = inspectMarkdown(split.intro, bodyStartLine);
  problems.push(...inspection.problems);
  const updates = await analyzeUpdates(split.blocks, { publicDir, readSize, render, now: new Date() });
  problems.push(...updates.problems);
  const [firstBlock] = split.blocks;
  if (frontmatter.ok && !frontmatter.value.live && firstBlock) {
    problems.push(
      contentError(
        "updates-without-live",
        "live",
        "this file has --- update blocks: set live: true to make it a live page",
        { line: firstBlock.markerLine, column: 1 },
      ),
    );
  }

  const src = frontmatter.ok ? frontmatter.value.image.src : imageSourceOf(data);
  let imageSize: ImageDimensions | undefined;
  if (src !== undefined) {
    const at = positionOf(fieldPositions, ["image", "src"]);
    const measured = await measureImage(publicDir, src, at, "image.src", readSize);
    if (measured.ok) imageSize = measured.value;
    else problems.push(...measured.problems);
  }

  if (!slug.ok || !frontmatter.ok || !imageSize || problems.some(isError)) {
    return outcome(undefined, [...inspection.internalLinks, ...updates.internalLinks]);
  }
  const links = [...inspection.internalLinks, ...updates.internalLinks];
  if (!render) return outcome(undefined, links, frontmatter.value.aliases);
  const article = assembleArticle({
    slug: slug.value,
    frontmatter: frontmatter.value,
    body: keepBody(split.intro),
    imageSize,
    updates: updates.updates,
  });
  return outcome(article, links);
}

/** The image path of frontmatter that failed validation elsewhere, if it is itself valid. */
function imageSourceOf(data: unknown): string | undefined {
  const image: unknown = data !== null && typeof data === "object" ? Reflect.get(data, "image") : undefined;
  const src: unknown = image !== null && typeof image === "object" ? Reflect.get(image, "src") : undefined;
  const parsed = imageSchema.shape.src.safeParse(src);
  return parsed.success ? parsed.data : undefined;
}
