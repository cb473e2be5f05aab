import { articleUrl, isLiveAt, isVisibleAt, sectionName } from "../../article";
import type { Article } from "../../content/schema";
import { keyEvents } from "../../live-timeline";
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

/** A live page in the brief shows at most this many of its latest key events. */
export const BRIEF_KEY_EVENTS = 3;

/**
 * The edition of a date, or undefined when nothing was published in its
 * window. A story belongs to the window by its publication or, for a live
 * page, by its latest update in the window (so a live page running for days
 * is in each day's edition, once). The newest stories of the window are kept
 * (at most `maxStories`); the newest of all leads, the others follow in the
 * sections' order, newest first within a section.
 */
export function composeEdition(
  articles: readonly Article[],
  options: ComposeOptions,
): Edition | undefined {
  const { start, end } = editionWindow(options.date, options.sendTime, options.timeZone);
  const inWindow = articles
    .flatMap((article) => {
      const at = timeInWindow(article, start.getTime(), end.getTime());
      return at !== undefined && isVisibleAt(article, options.now) ? [{ article, at }] : [];
    })
    .sort(newestFirst)
    .slice(0, options.maxStories);

  const [lead, ...rest] = inWindow;
  if (!lead) return undefined;
  const order = ({ article }: Dated) => sections.findIndex(({ slug }) => slug === article.section);
  rest.sort((a, b) => order(a) - order(b) || newestFirst(a, b));
  return {
    date: options.date,
    windowStart: start.toISOString(),
    windowEnd: end.toISOString(),
    stories: [lead, ...rest].map(({ article }) => toStory(article, options.origin, end)),
  };
}

type Dated = { article: Article; at: number };

function newestFirst(a: Dated, b: Dated): number {
  return b.at - a.at || a.article.slug.localeCompare(b.article.slug);
}

/** The latest of its publication and its updates within (start, end], if any is. */
function timeInWindow(article: Article, start: number, end: number): number | undefined {
  const times = [article.publishedAt, ...article.updates.map((update) => update.at)]
    .map((time) => Date.parse(time))
    .filter((time) => time > start && time <= end);
  return times.length === 0 ? undefined : Math.max(...times);
}

function toStory(article: Article, origin: string, sentAt: Date): BriefStory {
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
    ...(article.live
      ? {
          live: {
            running: isLiveAt(article, sentAt),
            keyEvents: keyEvents(article, sentAt)
              .slice(0, BRIEF_KEY_EVENTS)
              .map(({ headline, at, href }) => ({
                headline,
                at,
                url: new URL(href, origin).toString(),
              })),
          },
        }
      : {}),
  };
}
