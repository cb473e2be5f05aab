import { positionOf } from "./frontmatter";
import { contentWarning, type Position, type Problem } from "./problems";
import type { Frontmatter } from "../schema";
import { PLACEHOLDERS } from "./placeholders";

export const SUMMARY_LENGTH = { min: 50, max: 300 } as const;
export const MAX_HEADLINE_LENGTH = 110;
export const MIN_ALT_LENGTH = 10;

/**
 * House-style checks on valid frontmatter. They do not stop publication, but
 * an editor should look: a headline too long for search results, a summary
 * too short to stand alone, alt text that says too little.
 */
export function editorialWarnings(
  frontmatter: Frontmatter,
  fieldPositions: Record<string, Position>,
): Problem[] {
  const warnings: Problem[] = [];
  const at = (...path: string[]) => positionOf(fieldPositions, path);
  if (frontmatter.title.length > MAX_HEADLINE_LENGTH) {
    warnings.push(
      contentWarning(
        "headline-length",
        "title",
        `is ${frontmatter.title.length} characters; keep headlines to ${MAX_HEADLINE_LENGTH} so search results show them whole`,
        at("title"),
      ),
    );
  }
  const summaryLength = frontmatter.summary.length;
  if (summaryLength < SUMMARY_LENGTH.min || summaryLength > SUMMARY_LENGTH.max) {
    warnings.push(
      contentWarning(
        "summary-length",
        "summary",
        `is ${summaryLength} characters; expected ${SUMMARY_LENGTH.min} to ${SUMMARY_LENGTH.max}`,
        at("summary"),
      ),
    );
  }
  if (frontmatter.image.alt.length < MIN_ALT_LENGTH) {
    warnings.push(
      contentWarning(
        "alt-text",
        "image.alt",
        `is only ${frontmatter.image.alt.length} characters; describe what the photo shows`,
        at("image", "alt"),
      ),
    );
  }
  const placeholders: [string, string, string[]][] = [
    ["summary", frontmatter.summary, ["summary"]],
    ["author", frontmatter.authors.join(", "), ["author"]],
    ["image.src", frontmatter.image.src, ["image", "src"]],
    ["image.alt", frontmatter.image.alt, ["image", "alt"]],
    ["image.caption", frontmatter.image.caption, ["image", "caption"]],
    ["image.credit", frontmatter.image.credit, ["image", "credit"]],
  ];
  const placeholderTexts = new Set<string>(Object.values(PLACEHOLDERS));
  for (const [field, value, path] of placeholders) {
    if (placeholderTexts.has(value)) {
      warnings.push(
        contentWarning("placeholder", field, "still has the placeholder from `npm run new`", at(...path)),
      );
    }
  }
  return warnings;
}
