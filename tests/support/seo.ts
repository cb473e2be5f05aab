import { loadArticles } from "@/lib/content/load";
import type { Article } from "@/lib/content/schema";
import { createSiteConfig } from "@/lib/site";
import { seoPaths } from "./fixtures";

/** The clock of the SEO fixtures (tests/fixtures/content/seo): never the real time. */
export const fixtureNow = new Date("2024-06-10T12:00:00Z");

/** A site on another origin than the default, so tests see that URLs follow the configuration. */
export const testSite = createSiteConfig("https://news.example/");

let loaded: Promise<Article[]> | undefined;

/** The SEO fixtures through the real content loader (loaded once per test file). */
export function loadSeoFixtures(): Promise<Article[]> {
  loaded ??= loadArticles(seoPaths());
  return loaded;
}

export async function seoFixture(slug: string): Promise<Article> {
  const article = (await loadSeoFixtures()).find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`no SEO fixture article "${slug}"`);
  return article;
}

/** Slugs of the fixtures that are published at fixtureNow (not the draft, not the future story). */
export const publishedFixtureSlugs = [
  "at-now",
  "hostile-title",
  "relative-links",
  "window-edge",
  "just-outside-window",
  "old-story",
];
