import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../schema";
import { contentError, failure, success, type StepResult } from "./problems";

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
