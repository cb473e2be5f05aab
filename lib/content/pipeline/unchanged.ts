import { existsSync } from "node:fs";
import type { ContentPaths } from "./analyze";
import { isError, type Problem } from "./problems";
import { listMarkdownFiles, type ContentFile } from "./read";

/** What a scan remembers of a file: its stamp then, and what it found. */
export type KnownOutcome = { stamp: string; problems: readonly Problem[] };

/**
 * Whether the last scan's outcome of a file still holds: the file was not
 * edited since (same stamp) and had no error (a file with errors is always
 * looked at again, as its missing image or author may have arrived).
 */
export function isReusable<O extends KnownOutcome>(
  file: Pick<ContentFile, "stamp">,
  outcome: O | undefined,
): outcome is O {
  return outcome !== undefined && outcome.stamp === file.stamp && !outcome.problems.some(isError);
}

/** Whether a scan would find exactly what the last one did: the same files, each reusable. */
export function isUnchanged(
  files: readonly Pick<ContentFile, "file" | "stamp">[],
  known: ReadonlyMap<string, KnownOutcome>,
): boolean {
  if (files.length !== known.size) return false;
  return files.every((file) => isReusable(file, known.get(file.file)));
}

/**
 * Whether the content folders hold what the last scan saw (isUnchanged for
 * articles and authors): listing them costs a directory read and a stat per
 * file, a small part of a scan, which also compares every file's links and
 * slugs with every other's.
 */
export async function contentUnchanged(
  paths: ContentPaths,
  known: { articles: ReadonlyMap<string, KnownOutcome>; authors: ReadonlyMap<string, KnownOutcome> },
): Promise<boolean> {
  const [articles, authors] = await Promise.all([
    listMarkdownFiles(paths.articlesDir),
    existsSync(paths.authorsDir) ? listMarkdownFiles(paths.authorsDir) : [],
  ]);
  return isUnchanged(authors, known.authors) && isUnchanged(articles, known.articles);
}
