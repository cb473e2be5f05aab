import { articleUrl, byNewest, isVisibleAt, sectionName } from "../../article";
import type { Article } from "../../content/schema";
import { sections } from "../../sections";
import type { SendTime } from "../../config";
import type { BriefStory, Edition } from "./edition";
import { editionWindow } from "./edition-date";

export type ComposeOptions = {
  /** The edition's date, YYYY-MM-DD, in `timeZone`. */
  date: string;
  sendTime: SendTime;
  timeZone: string;
  maxStories: number;
  /** Site origin for absolute links. */
  origin: string;
  /** Only articles readers can see at this instant are included (not drafts, not expired). */
  now: Date;
};

/**
 * The edition of a date, or undefined when nothing was published in its
 * window. The newest stories of the window are kept (at most `maxStories`);
 * the newest of all leads, the others follow in the sections' order, newest
 * first within a section.
 */
export function composeEdition(
  articles: readonly Article[],
  options: ComposeOptions,
): Edition | undefined {
  const { start, end } = editionWindow(options.date, options.sendTime, options.timeZone);
  const inWindow = articles
    .filter((article) => {
      const published = Date.parse(article.publishedAt);
      return (
        published > start.getTime() &&
        published <= end.getTime() &&
        isVisibleAt(article, options.now)
      );
    })
    .sort(byNewest)
    .slice(0, options.maxStories);

  const [lead, ...rest] = inWindow;
  if (!lead) return undefined;
  const order = (article: Article) => sections.findIndex(({ slug }) => slug === article.section);
  rest.sort((a, b) => order(a) - order(b) || byNewest(a, b));
  return {
    date: options.date,
    windowStart: start.toISOString(),
    windowEnd: end.toISOString(),
    stories: [lead, ...rest].map((article) => toStory(article, options.origin)),
  };
}

function toStory(article: Article, origin: string): BriefStory {
  return {
    slug: article.slug,
    headline: article.title,
    standfirst: article.summary,
    section: article.section,
    sectionName: sectionName(article.section),
    url: articleUrl(origin, article),
    publishedAt: article.publishedAt,
    image: {
      url: new URL(article.image.src, origin).toString(),
      alt: article.image.alt,
      credit: article.image.credit,
      width: article.image.width,
      height: article.image.height,
    },
  };
}
