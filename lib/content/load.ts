import "server-only";
import path from "node:path";
import { assembleArticle, byNewest } from "./assemble";
import { parseFrontmatter } from "./frontmatter";
import { measureImage } from "./images";
import { renderMarkdown } from "./markdown";
import { ContentError, type FileProblems, type Problem } from "./problems";
import { readMarkdownFiles, type SourceFile } from "./read";
import { imageSchema, type Article, type ImageDimensions } from "./schema";
import { slugFromFileName } from "./slug";
import { validateFrontmatter } from "./validate";

export type ContentPaths = {
  /** Folder of article Markdown files (searched recursively). */
  articlesDir: string;
  /** The site's public/ folder, where image paths point. */
  publicDir: string;
};

export function defaultContentPaths(): ContentPaths {
  const root = process.cwd();
  return {
    articlesDir: process.env.CONTENT_DIR
      ? path.resolve(process.env.CONTENT_DIR, "articles")
      : path.join(root, "content", "articles"),
    publicDir: path.join(root, "public"),
  };
}

type FileOutcome = { file: string; article?: Article; problems: Problem[] };

/**
 * Runs one file through the pipeline (slug, frontmatter, validation, body,
 * image), carrying on past a failed step where the next can still run, so that
 * every problem in the file is reported together.
 */
async function loadArticleFile(source: SourceFile, publicDir: string): Promise<FileOutcome> {
  const problems: Problem[] = [];
  const slug = slugFromFileName(source.fileName);
  if (!slug.ok) problems.push(...slug.problems);

  const parsed = parseFrontmatter(source.source);
  if (!parsed.ok) return { file: source.file, problems: [...problems, ...parsed.problems] };

  const frontmatter = validateFrontmatter(parsed.value.data);
  if (!frontmatter.ok) problems.push(...frontmatter.problems);

  const html = renderMarkdown(parsed.value.body, parsed.value.bodyStartLine);
  if (!html.ok) problems.push(...html.problems);

  const src = frontmatter.ok ? frontmatter.value.image.src : imageSourceOf(parsed.value.data);
  let imageSize: ImageDimensions | undefined;
  if (src !== undefined) {
    const measured = await measureImage(publicDir, src);
    if (measured.ok) imageSize = measured.value;
    else problems.push(...measured.problems);
  }

  if (problems.length > 0 || !slug.ok || !frontmatter.ok || !html.ok || !imageSize) {
    return { file: source.file, problems };
  }
  const article = assembleArticle({
    slug: slug.value,
    frontmatter: frontmatter.value,
    html: html.value,
    imageSize,
  });
  return { file: source.file, article, problems };
}

/** The image path of frontmatter that failed validation elsewhere, if it is itself valid. */
function imageSourceOf(data: unknown): string | undefined {
  if (data === null || typeof data !== "object" || !("image" in data)) return undefined;
  const image = data.image;
  if (image === null || typeof image !== "object" || !("src" in image)) return undefined;
  const src = imageSchema.shape.src.safeParse(image.src);
  return src.success ? src.data : undefined;
}

function duplicateSlugProblems(outcomes: FileOutcome[]): FileProblems[] {
  const filesBySlug = new Map<string, string[]>();
  for (const { article, file } of outcomes) {
    if (!article) continue;
    filesBySlug.set(article.slug, [...(filesBySlug.get(article.slug) ?? []), file]);
  }
  return [...filesBySlug.entries()]
    .filter(([, files]) => files.length > 1)
    .flatMap(([slug, files]) =>
      files.map((file) => ({
        file,
        problems: [
          {
            field: "file name",
            message: `the slug "${slug}" is also used by ${files.filter((other) => other !== file).join(", ")}`,
          },
        ],
      })),
    );
}

/**
 * Loads, validates and renders every article, newest first. Throws a
 * ContentError naming every broken file and every problem in each.
 */
export async function loadArticles(paths: ContentPaths): Promise<Article[]> {
  const sources = await readMarkdownFiles(paths.articlesDir);
  const outcomes = await Promise.all(
    sources.map((source) => loadArticleFile(source, paths.publicDir)),
  );
  const broken: FileProblems[] = [
    ...outcomes
      .filter((outcome) => outcome.problems.length > 0)
      .map(({ file, problems }) => ({ file, problems })),
    ...duplicateSlugProblems(outcomes),
  ];
  if (broken.length > 0) throw new ContentError(broken);
  return outcomes.flatMap((outcome) => (outcome.article ? [outcome.article] : [])).sort(byNewest);
}
