import { loadContent } from "./load-content";
import type { Article, Author } from "@/lib/content/schema";
import { createSiteConfig } from "@/lib/site";
import { seoPaths } from "./fixtures";

/** The clock of the SEO fixtures (tests/fixtures/content/seo): never the real time. */
export const fixtureNow = new Date("2024-06-10T12:00:00Z");

/** A site on another origin than the default, so tests see that URLs follow the configuration. */
export const testSite = createSiteConfig("https://news.example/");

let loaded: Promise<{ articles: Article[]; authors: Author[] }> | undefined;

/** The SEO fixtures through the real content loader (loaded once per test file). */
export async function loadSeoFixtures(): Promise<Article[]> {
  loaded ??= loadContent(seoPaths());
  return (await loaded).articles;
}

/** The fixture authors the SEO fixtures name (tests/fixtures/content/authors). */
export async function loadSeoAuthors(): Promise<Author[]> {
  loaded ??= loadContent(seoPaths());
  return (await loaded).authors;
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

/** The resolved authors of a fixture article, in byline order. */
export async function seoFixtureAuthors(article: Article): Promise<Author[]> {
  const authors = await loadSeoAuthors();
  return article.authors.map((id) => {
    const author = authors.find((candidate) => candidate.id === id);
    if (!author) throw new Error(`no fixture author "${id}"`);
    return author;
  });
}
