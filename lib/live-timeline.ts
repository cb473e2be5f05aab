import { bodyText } from "./article";
import type { Article, LiveUpdate } from "./content/schema";
import { pathTo } from "./routes";

// Facts about a live page's updates, taking the article as an argument: how
// its timeline is paged, where each update is, which are key events. The live
// page, its JSON-LD and the brief all say the same.

/** Updates on one page of a live page, newest first; older ones go on later pages. */
export const LIVE_UPDATES_PER_PAGE = 20;

/** A key event as every place that lists it shows it: a name, a time and an address. */
export type KeyEvent = { id: string; headline: string; at: string; href: string };

/** The updates of the timeline (the pinned one is shown on its own), newest first. */
export function timeline(article: Pick<Article, "updates">): LiveUpdate[] {
  return article.updates.filter((update) => !update.pinned).reverse();
}

/** How many pages a live page's timeline takes (at least one). */
export function livePageCount(article: Pick<Article, "updates">): number {
  return Math.max(1, Math.ceil(timeline(article).length / LIVE_UPDATES_PER_PAGE));
}

/** The path of page `page` of a live page: page 1 is the live page itself. */
export function livePagePath(slug: string, page: number): string {
  return page <= 1 ? pathTo("live", { slug }) : pathTo("livePage", { slug, page });
}

/** An update's own address: the page of the timeline it is on (the pinned one: the first), then `#<id>`. */
export function updatePath(article: Pick<Article, "slug" | "updates">, id: string): string {
  const index = timeline(article).findIndex((update) => update.id === id);
  const page = index === -1 ? 1 : Math.floor(index / LIVE_UPDATES_PER_PAGE) + 1;
  return `${livePagePath(article.slug, page)}#${id}`;
}

/** The key events up to `until` (all when absent), newest first. */
export function keyEvents(article: Pick<Article, "slug" | "updates">, until?: Date): KeyEvent[] {
  return article.updates
    .filter((update) => update.key && (!until || Date.parse(update.at) <= until.getTime()))
    .reverse()
    .map((update) => ({
      id: update.id,
      headline: update.headline ?? firstWords(update.html),
      at: update.at,
      href: updatePath(article, update.id),
    }));
}

/** A key event without a headline is named by the start of its text. */
function firstWords(html: string): string {
  const text = bodyText(html);
  return text.length > 80 ? `${text.slice(0, 77).trimEnd()}...` : text;
}
