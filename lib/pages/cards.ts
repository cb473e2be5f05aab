import { sectionName } from "../article";
import type { Article } from "../content/schema";
import { pathTo } from "../routes";

/** One story as listings, the front page, related stories and search show it: links already built. */
export type StoryCard = {
  slug: string;
  href: string;
  title: string;
  summary: string;
  image: Article["image"];
  sectionName: string;
  sectionHref: string;
  publishedAt: string;
};

export function storyCard(article: Article): StoryCard {
  return {
    slug: article.slug,
    href: pathTo("article", { slug: article.slug }),
    title: article.title,
    summary: article.summary,
    image: article.image,
    sectionName: sectionName(article.section),
    sectionHref: pathTo("section", { section: article.section }),
    publishedAt: article.publishedAt,
  };
}
