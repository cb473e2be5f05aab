import "server-only";
import type { Metadata } from "next";
import { articlePath, articleUrl, authorsOf, readingTimeLabel } from "../article";
import { settings } from "../config";
import { contentStore } from "../content/store";
import { isValidSlug, type Article } from "../content/schema";
import { relatedArticles } from "../listing/related";
import { tagLabel } from "../listing/listing";
import { pathTo } from "../routes";
import { findSection } from "../sections";
import { articlePageJsonLd, type JsonLdGraph } from "../seo/json-ld";
import { articleMetadata } from "../seo/metadata";
import { shareLinks, type ShareLink } from "../share/links";
import { site } from "../site";
import { storyCard, type StoryCard } from "./cards";
import { draftBanner, type DraftBannerModel } from "./draft-banner";
import { signupBlock, type SignupBlockModel } from "./signup";

/** Everything an article page shows, links built. */
export type ArticlePageModel = {
  /** Shown on previews of drafts and scheduled articles. */
  draftBanner?: DraftBannerModel;
  jsonLd: JsonLdGraph;
  crumbs: { name: string; href: string }[];
  title: string;
  summary: string;
  section: { name: string; href: string };
  authors: { name: string; href: string }[];
  publishedAt: string;
  updatedAt?: string;
  readingTime: string;
  timeZone: string;
  image: Article["image"];
  html: string;
  corrections: Article["corrections"];
  tags: { label: string; href: string }[];
  share: { url: string; links: ShareLink[] };
  related: StoryCard[];
  signup: SignupBlockModel;
};

export type ArticleLookup =
  | { kind: "found"; article: Article; preview: boolean }
  /** A former slug: the article's address now. */
  | { kind: "moved"; to: string }
  | { kind: "missing" };

/** The article a slug names for this reader (editors in draft mode also see drafts and scheduled ones). */
export async function findArticle(slug: string, preview: boolean): Promise<ArticleLookup> {
  if (!isValidSlug(slug)) return { kind: "missing" };
  const store = contentStore();
  const article = preview ? await store.articleForPreview(slug) : await store.article(slug);
  // A live page is at its own address (lib/pages/live.ts), previews included.
  if (article?.live) return { kind: "moved", to: articlePath(article) };
  if (article && findSection(article.section)) return { kind: "found", article, preview };
  const renamed = await store.articleByAlias(slug);
  if (renamed) return { kind: "moved", to: pathTo("article", { slug: renamed.slug }) };
  return { kind: "missing" };
}

/**
 * The slugs prerendered at build: the PRERENDER_ARTICLES newest visible
 * articles, what readers ask for first. The archive behind them renders on
 * its first request and is then cached like a prerendered page, so a build
 * takes about the same time whatever the archive's size.
 */
export async function articleParams(): Promise<{ slug: string }[]> {
  return (await contentStore().visibleArticles())
    .filter((article) => !article.live)
    .slice(0, settings().PRERENDER_ARTICLES)
    .map((article) => ({ slug: article.slug }));
}

export async function articlePageMetadata(slug: string, preview: boolean): Promise<Metadata> {
  const found = await findArticle(slug, preview);
  if (found.kind !== "found") return {};
  const { article } = found;
  const section = findSection(article.section);
  if (!section) return {};
  const authors = authorsOf(article, await contentStore().authors());
  const metadata = articleMetadata(article, section, site, authors);
  // Previews of drafts and scheduled articles must never be indexed.
  return preview ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}

export async function articlePage(
  found: Extract<ArticleLookup, { kind: "found" }>,
  now: Date = new Date(),
): Promise<ArticlePageModel | undefined> {
  const { article, preview } = found;
  const section = findSection(article.section);
  if (!section) return undefined;
  const store = contentStore();
  const authors = authorsOf(article, await store.authors());
  const url = articleUrl(site.origin, article);
  const sectionHref = pathTo("section", { section: section.slug });
  const banner = draftBanner(article, preview, now);
  const html = article.body.html();
  return {
    ...(banner ? { draftBanner: banner } : {}),
    jsonLd: articlePageJsonLd(article, section, site, authors),
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
    updatedAt: article.updatedAt,
    readingTime: readingTimeLabel(html),
    timeZone: site.timeZone,
    image: article.image,
    html,
    corrections: article.corrections,
    tags: article.tags.map((tag) => ({ label: tagLabel(tag), href: pathTo("tag", { tag }) })),
    share: { url, links: shareLinks(url, article.title) },
    related: relatedArticles(article, await store.visibleArticles(now)).map((article) =>
      storyCard(article),
    ),
    signup: signupBlock(articlePath(article)),
  };
}
