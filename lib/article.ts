import readingTime from "reading-time";
import type { Article, Author } from "./content/schema";
import { pathTo, urlTo } from "./routes";
import { findSection } from "./sections";

/**
 * Facts about one article, each written once: who may see it when, when it
 * last changed, who wrote it, its section's name, how long it takes to read,
 * and the order of a list of articles. Pure: everything comes in as arguments.
 */

/**
 * Whether readers may see an article at `now`: published already, not yet
 * expired, not withdrawn, and not a draft (unless drafts are asked for, as in
 * development).
 * Crawlers and feed readers never get drafts: only pages in `next dev` ask.
 */
export function isVisibleAt(
  article: Pick<Article, "draft" | "withdrawn" | "publishedAt" | "expiresAt">,
  now: Date,
  options: { includeDrafts?: boolean } = {},
): boolean {
  if (article.draft && !options.includeDrafts) return false;
  if (article.withdrawn) return false;
  const time = now.getTime();
  if (Date.parse(article.publishedAt) > time) return false;
  return article.expiresAt === undefined || Date.parse(article.expiresAt) > time;
}

/**
 * Whether an article readers could once see is gone at `now`: withdrawn by
 * the editors, or past its `expiresAt` (410 at its address). A draft, a
 * scheduled article, or one whose `expiresAt` is not after `publishedAt`
 * was never seen, so it is missing, not gone.
 */
export function isGoneAt(
  article: Pick<Article, "draft" | "withdrawn" | "publishedAt" | "expiresAt">,
  now: Date,
): boolean {
  const published = Date.parse(article.publishedAt);
  if (article.draft || published > now.getTime()) return false;
  if (article.withdrawn) return true;
  return (
    article.expiresAt !== undefined &&
    published < Date.parse(article.expiresAt) &&
    Date.parse(article.expiresAt) <= now.getTime()
  );
}

/**
 * The first instant after `now` at which any article's visibility changes (a
 * scheduled one appears, a live one expires), in ms since the epoch; Infinity
 * when none will. Drafts change only when a file does.
 */
export function nextVisibilityChange(
  articles: readonly Pick<Article, "publishedAt" | "expiresAt">[],
  now: Date,
): number {
  const time = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const article of articles) {
    for (const at of [article.publishedAt, article.expiresAt]) {
      if (at === undefined) continue;
      const instant = Date.parse(at);
      if (instant > time && instant < next) next = instant;
    }
  }
  return next;
}

/** Whether an article is set to appear later than `now`. */
export function isScheduled(article: Pick<Article, "publishedAt">, now: Date): boolean {
  return Date.parse(article.publishedAt) > now.getTime();
}

/** The latest of several ISO 8601 times (compared as instants), or undefined for none. */
export function latest(times: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const time of times) {
    if (newest === undefined || Date.parse(time) > Date.parse(newest)) newest = time;
  }
  return newest;
}

/**
 * When the article last changed for readers: the latest of its publication,
 * its update, its corrections and (a live page) its latest update. Feeds
 * `dateModified`, feeds and sitemaps.
 */
export function modifiedAt(
  article: Pick<Article, "publishedAt" | "updatedAt" | "corrections"> & {
    updates?: readonly { at: string }[];
  },
): string {
  return (
    latest([
      article.publishedAt,
      ...(article.updatedAt ? [article.updatedAt] : []),
      ...article.corrections.map((correction) => correction.date),
      ...(article.updates ?? []).map((update) => update.at),
    ]) ?? article.publishedAt
  );
}

/** An article's address: a live page's is /live/<slug>, any other's /articles/<slug>. */
export function articlePath(article: Pick<Article, "slug" | "live">): string {
  return pathTo(article.live ? "live" : "article", { slug: article.slug });
}

/** The absolute URL of an article on `origin` (see articlePath). */
export function articleUrl(origin: string, article: Pick<Article, "slug" | "live">): string {
  return urlTo(origin, article.live ? "live" : "article", { slug: article.slug });
}

/** Whether a live page's coverage is still running at `now`. */
export function isLiveAt(article: Pick<Article, "live" | "coverageEndedAt">, now: Date): boolean {
  return (
    article.live &&
    (article.coverageEndedAt === undefined || Date.parse(article.coverageEndedAt) > now.getTime())
  );
}

/** Newest first, by publication time; ties broken by slug for a stable order. */
export function byNewest(
  a: Pick<Article, "publishedAt" | "slug">,
  b: Pick<Article, "publishedAt" | "slug">,
): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
}

/** The role that marks an author entry as the newsroom itself rather than a person. */
export const NEWSROOM_ROLE = "newsroom";

export function isNewsroom(author: Author): boolean {
  return author.role.trim().toLowerCase() === NEWSROOM_ROLE;
}

/**
 * The authors of an article, in byline order. The loader guarantees every id
 * has an author file; should one be missing all the same (a file deleted on a
 * running server), the id stands in for the name rather than breaking the page.
 */
export function authorsOf(article: Pick<Article, "authors">, authors: readonly Author[]): Author[] {
  return article.authors.map(
    (id) => authors.find((author) => author.id === id) ?? { id, name: id, role: "", bio: "" },
  );
}

/** The name of a section, by its slug (the slug itself should the section be gone). */
export function sectionName(slug: string): string {
  return findSection(slug)?.name ?? slug;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * The text of an article body's HTML (sanitized when rendered), for
 * counting words and for the search index. Never rendered as HTML.
 */
export function bodyText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      }
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** "4 min read" for an article body (at least 1 minute), with the reading-time package's 200 words a minute. */
export function readingTimeLabel(html: string): string {
  const { minutes } = readingTime(bodyText(html));
  return `${Math.max(1, Math.round(minutes))} min read`;
}

/** The articles visible at `now` (never drafts: what crawlers and feed readers get), newest first. */
export function visibleAt(articles: readonly Article[], now: Date): Article[] {
  return articles.filter((article) => isVisibleAt(article, now)).sort(byNewest);
}
