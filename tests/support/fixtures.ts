import path from "node:path";
import type { ContentPaths } from "@/lib/content/pipeline/analyze";

export const fixturesDir = path.resolve(import.meta.dirname, "../fixtures/content");
export const fixturePublicDir = path.join(fixturesDir, "public");
/** The authors every fixture article may name (test-reporter, first-author, ...). */
export const fixtureAuthorsDir = path.join(fixturesDir, "authors");

export function validPaths(): ContentPaths {
  return {
    articlesDir: path.join(fixturesDir, "valid"),
    authorsDir: fixtureAuthorsDir,
    publicDir: fixturePublicDir,
  };
}

/** Content paths for one named invalid case in tests/fixtures/content/invalid/. */
export function invalidPaths(name: string): ContentPaths {
  return {
    articlesDir: path.join(fixturesDir, "invalid", name),
    authorsDir: fixtureAuthorsDir,
    publicDir: fixturePublicDir,
  };
}

/** Articles for the search-engine and feed tests: hostile text, relative links, window edges, a draft, a future story. */
export function seoPaths(): ContentPaths {
  return {
    articlesDir: path.join(fixturesDir, "seo"),
    authorsDir: fixtureAuthorsDir,
    publicDir: fixturePublicDir,
  };
}

/** Live pages: one running (three updates, one pinned, two key events, a photo) and one ended. */
export function livePaths(): ContentPaths {
  return {
    articlesDir: path.join(fixturesDir, "live"),
    authorsDir: fixtureAuthorsDir,
    publicDir: fixturePublicDir,
  };
}
