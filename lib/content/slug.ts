import { contentError, failure, success, type StepResult } from "./problems";

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Long enough for any headline-derived slug, short enough for a URL. */
export const MAX_SLUG_LENGTH = 120;

/** The slug of an article file: its name without `.md`. */
export function slugFromFileName(fileName: string): StepResult<string> {
  const slug = fileName.replace(/\.md$/, "");
  if (!SLUG_PATTERN.test(slug)) {
    return failure(
      contentError(
        "file-name",
        "file name",
        `expected lowercase letters, digits and single hyphens (like "my-story.md"), found "${fileName}"`,
      ),
    );
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    return failure(
      contentError(
        "file-name",
        "file name",
        `expected at most ${MAX_SLUG_LENGTH} characters before ".md", found ${slug.length}`,
      ),
    );
  }
  return success(slug);
}

export function isValidSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/** A slug for a headline: "Night trains return!" -> "night-trains-return". */
export function slugify(headline: string): string {
  const slug = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}
