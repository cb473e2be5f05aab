import { positionOf } from "./frontmatter";
import { contentError, type Position, type Problem } from "./problems";
import type { FileOutcome } from "./article-file";

/**
 * Checks that need every file at once: two articles with one slug, an alias
 * that is some article's slug or another's alias, links to articles that do
 * not exist, and authors without a file in content/authors/. Returns the
 * problems by file.
 */
export function crossFileProblems(
  outcomes: readonly FileOutcome[],
  authorIds: ReadonlySet<string>,
): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  const add = (file: string, problem: Problem) => {
    problems.set(file, [...(problems.get(file) ?? []), problem]);
  };

  const filesBySlug = groupFiles(outcomes, (outcome) => (outcome.slug ? [outcome.slug] : []));
  for (const [slug, files] of filesBySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(", ");
      add(file, contentError("duplicate-slug", "file name", `the slug "${slug}" is also used by ${others}`));
    }
  }

  const filesByAlias = groupFiles(outcomes, (outcome) => outcome.aliases);
  const aliasPosition = new Map(
    outcomes.map((outcome) => [outcome.file, positionOf(outcome.fieldPositions, ["aliases"])]),
  );
  for (const [alias, files] of filesByAlias) {
    const owner = filesBySlug.get(alias);
    for (const file of files) {
      const at = aliasPosition.get(file);
      if (owner) {
        const message = `"${alias}" is the slug of ${owner.join(", ")}`;
        add(file, contentError("alias-collision", "aliases", message, at));
      } else if (files.length > 1) {
        const others = files.filter((other) => other !== file).join(", ");
        const message = `"${alias}" is also an alias in ${others}`;
        add(file, contentError("alias-collision", "aliases", message, at));
      }
    }
  }

  for (const outcome of outcomes) {
    for (const link of outcome.internalLinks) {
      if (filesBySlug.has(link.slug) || filesByAlias.has(link.slug)) continue;
      add(
        outcome.file,
        contentError("broken-link", "body", `links to /articles/${link.slug}, which is not an article`, link.at),
      );
    }
  }
  for (const outcome of outcomes) {
    for (const problem of unknownAuthors(outcome, authorIds)) add(outcome.file, problem);
  }
  return problems;
}

/**
 * The positions a file's outcome keeps for these checks: the fields they
 * report at (aliases, and author or each of authors). Every field's position
 * kept for every article was a tenth of a loaded archive's heap.
 */
export function positionsForCrossChecks(fieldPositions: Record<string, Position>): Record<string, Position> {
  const kept: Record<string, Position> = {};
  for (const [field, position] of Object.entries(fieldPositions)) {
    if (field === "author" || field === "aliases" || field === "authors" || field.startsWith("authors.")) {
      kept[field] = position;
    }
  }
  return kept;
}

/** An author id with no author file, reported where the id is written. */
function unknownAuthors(outcome: FileOutcome, authorIds: ReadonlySet<string>): Problem[] {
  const ids = outcome.authorIds;
  const known = [...authorIds].sort().join(", ") || "none yet";
  return ids.flatMap((id, index) => {
    if (authorIds.has(id)) return [];
    // `authors: [a, b]` has a position per item; `author: a` only the field's.
    const listed = outcome.fieldPositions[`authors.${index}`] !== undefined;
    const field = listed ? `authors.${index}` : "author";
    const at = positionOf(outcome.fieldPositions, listed ? ["authors", index] : ["author"]);
    const message = `"${id}" is not an author: expected the id of a file in content/authors/ (${known})`;
    return [contentError("unknown-author", field, message, at)];
  });
}

function groupFiles(
  outcomes: readonly FileOutcome[],
  keysOf: (outcome: FileOutcome) => readonly string[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const outcome of outcomes) {
    for (const key of keysOf(outcome)) groups.set(key, [...(groups.get(key) ?? []), outcome.file]);
  }
  return groups;
}
