import "server-only";
import type { Metadata } from "next";
import { articleUrl, authorsOf, isLiveAt, modifiedAt } from "../article";
import { contentStore } from "../content/store";
import { isValidSlug, type Article, type Author, type LiveUpdate } from "../content/schema";
import { pathTo, urlTo } from "../routes";
import {
  keyEvents,
  LIVE_UPDATES_PER_PAGE,
  livePageCount,
  livePagePath,
  timeline,
  updatePath,
  type KeyEvent,
} from "../live-timeline";
import { findSection } from "../sections";
import { livePageJsonLd, type JsonLdGraph } from "../seo/json-ld";
import { articleMetadata } from "../seo/metadata";
import { shareLinks, type ShareLink } from "../share/links";
import { site } from "../site";
import { draftBanner, type DraftBannerModel } from "./draft-banner";
import { signupBlock, type SignupBlockModel } from "./signup";

// The route redirects /page/1 to the live page itself.
export { livePagePath } from "../live-timeline";

/** One update as a live page shows it. */
export type LiveUpdateModel = {
  id: string;
  at: string;
  headline?: string;
  key: boolean;
  html: string;
  image?: LiveUpdate["image"];
  /** Its own address: the page it is on, then `#<id>`. */
  href: string;
  url: string;
};

export type LivePageModel = {
  /** Shown on previews of drafts and scheduled live pages. */
  draftBanner?: DraftBannerModel;
  jsonLd: JsonLdGraph;
  crumbs: { name: string; href: string }[];
  title: string;
  summary: string;
  section: { name: string; href: string };
  authors: { name: string; href: string }[];
  publishedAt: string;
  timeZone: string;
  image: Article["image"];
  /** The text above the updates. */
  html: string;
  corrections: Article["corrections"];
  /** Running coverage, or when it ended. */
  status: { running: true } | { running: false; endedAt: string };
  latestAt: string;
  keyEvents: KeyEvent[];
  /** Shown above the others on the first page. */
  pinned?: LiveUpdateModel;
  updates: LiveUpdateModel[];
  page: number;
  pages: number;
  newerHref?: string;
  olderHref?: string;
  /** Where this page is, for "reload" and for the update check. */
  path: string;
  /** The compact list of updates the page's script checks. */
  updatesHref: string;
  feedHref: string;
  share: { url: string; links: ShareLink[] };
  signup: SignupBlockModel;
};

export type LiveLookup =
  | { kind: "found"; article: Article; preview: boolean }
  | { kind: "moved"; to: string }
  | { kind: "missing" };

/**
 * The live page a slug names; an article that is not live is at its own
 * address. With `preview` (an editor's preview link), drafts and scheduled
 * live pages too.
 */
export async function findLivePage(slug: string, preview = false): Promise<LiveLookup> {
  if (!isValidSlug(slug)) return { kind: "missing" };
  const store = contentStore();
  const article = preview ? await store.articleForPreview(slug) : await store.article(slug);
  if (!article || !findSection(article.section)) return { kind: "missing" };
  if (!article.live) return { kind: "moved", to: pathTo("article", { slug }) };
  return { kind: "found", article, preview };
}

function updateModel(article: Article, update: LiveUpdate): LiveUpdateModel {
  const href = updatePath(article, update.id);
  return {
    id: update.id,
    at: update.at,
    headline: update.headline,
    key: update.key,
    html: update.html,
    image: update.image,
    href,
    url: new URL(href, site.origin).toString(),
  };
}

/** A page number of the timeline from the URL: a whole number from 2 to the last page. */
export function parseLivePage(value: string | undefined, article: Article): number | undefined {
  if (value === undefined) return 1;
  if (!/^[1-9]\d*$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 2 && page <= livePageCount(article) ? page : undefined;
}

export async function livePage(
  found: Extract<LiveLookup, { kind: "found" }>,
  page: number,
  now: Date = new Date(),
): Promise<LivePageModel | undefined> {
  return livePageModel(found.article, page, await contentStore().authors(), now, found.preview);
}

/** The model of page `page` of a live page, from the article and every author. */
export function livePageModel(
  article: Article,
  page: number,
  allAuthors: readonly Author[],
  now: Date,
  preview = false,
): LivePageModel | undefined {
  const section = findSection(article.section);
  if (!section) return undefined;
  const authors = authorsOf(article, allAuthors);
  const pages = livePageCount(article);
  const start = (page - 1) * LIVE_UPDATES_PER_PAGE;
  const updates = timeline(article)
    .slice(start, start + LIVE_UPDATES_PER_PAGE)
    .map((update) => updateModel(article, update));
  const pinned = article.updates.find((update) => update.pinned);
  const url = articleUrl(site.origin, article);
  const sectionHref = pathTo("section", { section: section.slug });
  const banner = draftBanner(article, preview, now);
  return {
    ...(banner ? { draftBanner: banner } : {}),
    jsonLd: livePageJsonLd(article, section, site, authors, now),
    crumbs: [
      { name: "Home", href: pathTo("home") },
      { name: section.name, href: sectionHref },
    ],
    title: article.title,
    summary: article.summary,
    section: { name: section.name, href: sectionHref },
    authors: authors.map((author) => ({
      name: author.name,
      href: pathTo("author", { author: author.id }),
    })),
    publishedAt: article.publishedAt,
    timeZone: site.timeZone,
    image: article.image,
    html: article.body.html(),
    corrections: article.corrections,
    status:
      isLiveAt(article, now) || article.coverageEndedAt === undefined
        ? { running: true }
        : { running: false, endedAt: article.coverageEndedAt },
    latestAt: modifiedAt(article),
    keyEvents: keyEvents(article),
    ...(pinned && page === 1 ? { pinned: updateModel(article, pinned) } : {}),
    updates,
    page,
    pages,
    ...(page > 1 ? { newerHref: livePagePath(article.slug, page - 1) } : {}),
    ...(page < pages ? { olderHref: livePagePath(article.slug, page + 1) } : {}),
    path: livePagePath(article.slug, page),
    updatesHref: pathTo("liveUpdates", { slug: article.slug }),
    feedHref: pathTo("liveFeed", { slug: article.slug }),
    share: { url, links: shareLinks(url, article.title) },
    signup: signupBlock(pathTo("live", { slug: article.slug })),
  };
}

export async function livePageMetadata(
  slug: string,
  page: number,
  preview = false,
): Promise<Metadata> {
  const found = await findLivePage(slug, preview);
  if (found.kind !== "found") return {};
  const { article } = found;
  const section = findSection(article.section);
  if (!section) return {};
  const authors = authorsOf(article, await contentStore().authors());
  const metadata = {
    ...articleMetadata(article, section, site, authors),
    // Previews of drafts and scheduled live pages must never be indexed.
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  };
  if (page === 1) return metadata;
  return {
    ...metadata,
    title: `${article.title}, page ${page}`,
    alternates: { ...metadata.alternates, canonical: livePagePath(slug, page) },
  };
}

/** The live pages prerendered at build. */
export async function liveParams(): Promise<{ slug: string }[]> {
  return (await contentStore().visibleArticles())
    .filter((article) => article.live)
    .map((article) => ({ slug: article.slug }));
}

/** What the page's script asks for: when the latest update was, and each update's id and time. */
export type LiveUpdatesSummary = {
  latestAt: string;
  running: boolean;
  updates: { id: string; at: string; headline?: string; url: string }[];
};

export function liveUpdatesSummary(article: Article, now: Date = new Date()): LiveUpdatesSummary {
  return {
    latestAt: modifiedAt(article),
    running: isLiveAt(article, now),
    updates: [...article.updates]
      .reverse()
      .slice(0, LIVE_UPDATES_PER_PAGE)
      .map((update) => ({
        id: update.id,
        at: update.at,
        ...(update.headline ? { headline: update.headline } : {}),
        url: urlTo(site.origin, "live", { slug: article.slug }) + `#${update.id}`,
      })),
  };
}
