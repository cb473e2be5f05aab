import "server-only";
import { decodeSource } from "./decode";
import { parseFrontmatter, positionOf } from "./frontmatter";
import type { ImageSizeReader } from "./image-size-cache";
import { measureImage } from "./images";
import { isError, type Problem } from "./problems";
import type { SourceFile } from "./read";
import type { Author } from "../schema";
import { slugFromFileName } from "./slug";
import { validateAuthor } from "./validate";

/** Everything learnt from one author file. */
export type AuthorOutcome = {
  file: string;
  stamp: string;
  /** The id from the file name, when the name is valid. */
  id?: string;
  /** Present when the file has no errors. */
  author?: Author;
  problems: Problem[];
};

/**
 * Runs one author file through the article pipeline's steps: id from the file
 * name, frontmatter, validation, and the photo's size when there is one.
 */
export async function analyzeAuthorFile(
  source: SourceFile,
  publicDir: string,
  readSize?: ImageSizeReader,
): Promise<AuthorOutcome> {
  const problems: Problem[] = [];
  const id = slugFromFileName(source.fileName);
  if (!id.ok) problems.push(...id.problems);
  const outcome = (author?: Author): AuthorOutcome => ({
    file: source.file,
    stamp: source.stamp,
    id: id.ok ? id.value : undefined,
    author,
    problems,
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
  const { data, fieldPositions } = parsed.value;
  const frontmatter = validateAuthor(data, fieldPositions);
  if (!frontmatter.ok) {
    problems.push(...frontmatter.problems);
    return outcome();
  }
  const { photo, ...rest } = frontmatter.value;
  let measuredPhoto: Author["photo"];
  if (photo) {
    const at = positionOf(fieldPositions, ["photo", "src"]);
    const measured = await measureImage(publicDir, photo.src, at, "photo.src", readSize);
    if (measured.ok) measuredPhoto = { ...photo, ...measured.value };
    else problems.push(...measured.problems);
  }
  if (!id.ok || problems.some(isError)) return outcome();
  return outcome({ ...rest, id: id.value, ...(measuredPhoto ? { photo: measuredPhoto } : {}) });
}
