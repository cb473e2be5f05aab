import type { ContentPaths } from "@/lib/content/pipeline/analyze";
import type { Article, Author } from "@/lib/content/schema";
import { ContentError } from "@/lib/content/pipeline/problems";
import { createContentStore } from "@/lib/content/store";

/**
 * Fixture content through the content store, as the build loads it: strict
 * (any content error throws a ContentError naming every file and problem),
 * loaded once.
 */
export async function loadContent(
  paths: ContentPaths,
): Promise<{ articles: Article[]; authors: Author[] }> {
  const store = createContentStore(paths, {
    strict: true,
    rescanAfterMs: Number.POSITIVE_INFINITY,
    includeDrafts: false,
  });
  return { articles: await store.allArticles(), authors: await store.authors() };
}

/** Every article of `paths`, newest first, drafts and scheduled ones included. */
export async function loadArticles(paths: ContentPaths): Promise<Article[]> {
  return (await loadContent(paths)).articles;
}

/** The ContentError loading `paths` fails with; the test fails if it loads. */
export async function contentErrorOf(paths: ContentPaths): Promise<ContentError> {
  try {
    await loadArticles(paths);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected ${paths.articlesDir} to fail to load`);
}
