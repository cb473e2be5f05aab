import "server-only";
import {
  getArticlesByAuthor,
  getArticlesInSection,
  getArticlesWithTag,
  getAuthor,
} from "../content/queries";
import type { Article, Author } from "../content/schema";
import { findSection, type Section } from "../sections";
import { authorPath, sectionPath, tagPath } from "../seo/urls";
import { tagLabel } from "./listing";
import { paginate, pageCount, type Page } from "./pagination";

/** A listing page's data: what it lists, and the page of stories. */
export type Listing = {
  kind: "section" | "tag" | "author";
  heading: string;
  description: string;
  /** URL of page 1. */
  basePath: string;
  page: Page<Article>;
  section?: Section;
  author?: Author;
};

/**
 * A listing page, or undefined for an unknown section, author or page
 * number, or a tag no published story carries (all answered with 404).
 */
export async function getListing(
  kind: Listing["kind"],
  key: string,
  pageNumber: number,
): Promise<Listing | undefined> {
  if (kind === "section") {
    const section = findSection(key);
    if (!section) return undefined;
    const page = paginate(await getArticlesInSection(section.slug), pageNumber);
    if (!page) return undefined;
    return {
      kind,
      heading: section.name,
      description: section.description,
      basePath: sectionPath(section.slug),
      page,
      section,
    };
  }
  if (kind === "tag") {
    const articles = await getArticlesWithTag(key);
    const page = articles.length > 0 ? paginate(articles, pageNumber) : undefined;
    if (!page) return undefined;
    const count = `${articles.length} ${articles.length === 1 ? "story" : "stories"}`;
    return {
      kind,
      heading: tagLabel(key),
      description: `${count} tagged “${key}”, newest first.`,
      basePath: tagPath(key),
      page,
    };
  }
  const author = await getAuthor(key);
  if (!author) return undefined;
  const page = paginate(await getArticlesByAuthor(author.id), pageNumber);
  if (!page) return undefined;
  return {
    kind,
    heading: author.name,
    description: author.role,
    basePath: authorPath(author.id),
    page,
    author,
  };
}

/** The `/page/<n>` params of every listing page after the first, for prerendering. */
export function laterPageParams(articleCount: number): { page: string }[] {
  return Array.from({ length: pageCount(articleCount) - 1 }, (_, index) => ({
    page: String(index + 2),
  }));
}
