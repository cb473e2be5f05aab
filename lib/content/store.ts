import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { isVisibleAt } from "../article";
import { settings } from "../config";
import { articleIndex } from "./article-index";
import { visibleSet, type VisibleSet } from "./visible-set";
import { createLiveContent, type LiveContentOptions } from "./live-content";
import { contentPaths, type ContentPaths } from "./pipeline/analyze";
import type { Article, Author } from "./schema";

/**
 * The content store: the only way pages, feeds and sitemaps reach articles
 * and authors. It holds the live content of the content folder (loaded once,
 * refreshed as files change; lib/content/live-content.ts) and answers the
 * few questions the page models ask. Everything else (listings, search, SEO)
 * takes the articles it returns as arguments.
 */
export type ContentStore = {
  /**
   * Every article, newest first, drafts, scheduled and expired ones included:
   * for previews and for indexes that filter per request. The array stays the
   * same object while nothing changes, so caches built from it can be kept per array.
   */
  allArticles(): Promise<Article[]>;
  /** Whether readers may see an article at `now` (drafts only in `next dev`). */
  isVisible(article: Article, now?: Date): boolean;
  /**
   * The articles readers may see at `now`, newest first: the same array for
   * every `now` until an article is published or expires, or a file changes.
   */
  visibleArticles(now?: Date): Promise<readonly Article[]>;
  /** A visible article by its slug. */
  article(slug: string, now?: Date): Promise<Article | undefined>;
  /**
   * Any article by its slug, drafts and scheduled ones included, as its file
   * is now (waiting for a rescan if a file may have changed): for editors' previews only.
   */
  articleForPreview(slug: string): Promise<Article | undefined>;
  /** The visible article that lists `slug` among its former slugs. */
  articleByAlias(slug: string, now?: Date): Promise<Article | undefined>;
  /** Every author, by id. */
  authors(): Promise<Author[]>;
  author(id: string): Promise<Author | undefined>;
  /** The byte size of each article's image file, by its src (RSS enclosures must state it). */
  imageByteLengths(articles: readonly Article[]): Promise<Map<string, number>>;
};

export type ContentStoreOptions = LiveContentOptions & {
  /** Drafts count as visible (`next dev` only). */
  includeDrafts: boolean;
};

export function createContentStore(paths: ContentPaths, options: ContentStoreOptions): ContentStore {
  const content = createLiveContent(paths, options);
  // Listings ask on every request (the proxy too): one filtering per articles
  // array and span of time in which nothing is published or expires.
  const visibleSets = new WeakMap<readonly Article[], VisibleSet>();
  const visible = (article: Article, now: Date) =>
    isVisibleAt(article, now, { includeDrafts: options.includeDrafts });
  const store: ContentStore = {
    allArticles: () => content.articles(),
    isVisible: (article, now = new Date()) => visible(article, now),
    async visibleArticles(now = new Date()) {
      const articles = await content.articles();
      const time = now.getTime();
      const known = visibleSets.get(articles);
      if (known && known.from <= time && time < known.until) return known.articles;
      const set = visibleSet(articles, now, { includeDrafts: options.includeDrafts });
      visibleSets.set(articles, set);
      return set.articles;
    },
    async article(slug, now = new Date()) {
      const found = articleIndex(await content.articles()).bySlug.get(slug);
      return found?.find((article) => visible(article, now));
    },
    async articleForPreview(slug) {
      // The file as the editor just saved it, not as readers may still get it.
      return articleIndex(await content.articles("asSaved")).bySlug.get(slug)?.[0];
    },
    async articleByAlias(slug, now = new Date()) {
      const found = articleIndex(await content.articles()).byAlias.get(slug);
      return found?.find((article) => visible(article, now));
    },
    authors: () => content.authors(),
    async author(id) {
      return (await content.authors()).find((author) => author.id === id);
    },
    async imageByteLengths(articles) {
      const sources = [...new Set(articles.map((article) => article.image.src))];
      const sizes = await Promise.all(
        sources.map(
          async (src) => [src, (await stat(path.join(paths.publicDir, src))).size] as const,
        ),
      );
      return new Map(sizes);
    },
  };
  return store;
}

/**
 * This process's store. During `next build` content is loaded once and any
 * error fails the build; a running server checks the content folder again at
 * most every few seconds, so new and edited files go live without a rebuild
 * and a broken file never takes the site down; `next dev` looks on every
 * request and shows drafts.
 *
 * Next.js bundles pages and route handlers (feeds, sitemaps) separately, each
 * with its own copy of this module. One store per process, kept on
 * globalThis, means every file is read and rendered once per process rather
 * than once per bundle (the benchmark counts reads per file to check this).
 */
export function contentStore(): ContentStore {
  const { isBuild, isDevelopment, CONTENT_DIR } = settings();
  const stores = (shared[storesKey] ??= new Map<string, ContentStore>());
  let store = stores.get(CONTENT_DIR);
  if (!store) {
    store = createContentStore(contentPaths(CONTENT_DIR), {
      strict: isBuild,
      rescanAfterMs: isBuild ? Number.POSITIVE_INFINITY : isDevelopment ? 0 : 5_000,
      // A running server checks every file only when the system reports a
      // change, or once a minute in case an event was missed, and no reader
      // waits for it.
      ...(isBuild || isDevelopment
        ? {}
        : { watch: { fullRescanAfterMs: 60_000 }, serveWhileScanning: true }),
      includeDrafts: isDevelopment,
    });
    stores.set(CONTENT_DIR, store);
  }
  return store;
}

const storesKey = Symbol.for("dateline.content-stores");
const shared = globalThis as { [storesKey]?: Map<string, ContentStore> };
