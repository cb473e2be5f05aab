import type { Article } from "../content/schema";
import { sections, type Section } from "../sections";

/** Articles of one section, in the order given (newest first from the data layer). */
export function inSection(articles: readonly Article[], section: string): Article[] {
  return articles.filter((article) => article.section === section);
}

/** "border-crossings" -> "Border crossings", for headings. */
export function tagLabel(tag: string): string {
  const words = tag.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type FrontPage = {
  lead?: Article;
  top: Article[];
  /** Each section that has stories beyond the lead and top band, in the sections' order. */
  bySection: { section: Section; articles: Article[] }[];
};

/**
 * The front page from published articles, newest first: the newest story
 * leads, the next `topCount` form the band of top stories, and the rest are
 * grouped by section (at most `perSection` each). No story appears twice.
 */
export function frontPage(
  articles: readonly Article[],
  options: { topCount?: number; perSection?: number; sectionList?: readonly Section[] } = {},
): FrontPage {
  const { topCount = 4, perSection = 3, sectionList = sections } = options;
  const [lead, ...rest] = articles;
  const top = rest.slice(0, topCount);
  const remaining = rest.slice(topCount);
  const bySection = [...sectionList]
    .sort((a, b) => a.order - b.order)
    .map((section) => ({
      section,
      articles: inSection(remaining, section.slug).slice(0, perSection),
    }))
    .filter((group) => group.articles.length > 0);
  return { lead, top, bySection };
}
