import { articlePath, isLiveAt, modifiedAt, sectionName } from "../article";
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
  /** A live page: whether coverage is running, and its latest update's time. */
  live?: { running: boolean; latestAt: string };
};

/** A story's card; `now` (default: this render) decides whether a live page is still running. */
export function storyCard(article: Article, now: Date = new Date()): StoryCard {
  return {
    slug: article.slug,
    href: articlePath(article),
    title: article.title,
    summary: article.summary,
    image: article.image,
    sectionName: sectionName(article.section),
    sectionHref: pathTo("section", { section: article.section }),
    publishedAt: article.publishedAt,
    ...(article.live
      ? { live: { running: isLiveAt(article, now), latestAt: modifiedAt(article) } }
      : {}),
  };
}
