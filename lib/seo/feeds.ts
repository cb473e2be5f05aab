import { Feed, type Item } from "feed";
import type { Article, Author } from "../content/schema";
import { findSection } from "../sections";
import { absoluteUrl, type SiteConfig } from "../site";
import { feedContentHtml } from "./feed-content";
import { articleUrl, authorsOf, latest, modifiedAt, visibleAt } from "../article";
import { urlTo } from "../routes";
import { stripInvalidXmlChars } from "./xml";

/** How many of the newest articles each feed carries. */
export const FEED_SIZE = 50;
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export type FeedInput = {
  articles: readonly Article[];
  /** Every author, for the names behind the articles' author ids. */
  authors: readonly Author[];
  site: SiteConfig;
  /** Articles published after `now`, and drafts, are left out. */
  now: Date;
  /** Byte size of each image file by its src, for RSS enclosures (which require a length). */
  imageBytes?: ReadonlyMap<string, number>;
  limit?: number;
};

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

function imageType(src: string): string {
  const extension = src.split(".").at(-1)?.toLowerCase() ?? "";
  return IMAGE_TYPES[extension] ?? "application/octet-stream";
}

/** Plain text as HTML text, for the elements feed formats declare to hold HTML. */
function htmlText(value: string): string {
  return stripInvalidXmlChars(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

/**
 * Plain text for an XML text node written by the feed package: its XML
 * writer (xml-js) turns every "&amp;" back into "&" before escaping, so "&"
 * is encoded once here to make the round trip exact.
 */
function xmlText(value: string): string {
  return stripInvalidXmlChars(value).replaceAll("&", "&amp;");
}

/**
 * HTML for a CDATA section: the feed package's XML writer splits only the
 * first "]]>" in it. In HTML, "]]&gt;" means the same, so there is none left.
 */
function cdataHtml(html: string): string {
  return stripInvalidXmlChars(html).replaceAll("]]>", "]]&gt;");
}

/** The parts of an item every format shares; `content` is the article HTML for feeds. */
function baseItem(article: Article, input: FeedInput, content: string): Item {
  const { site } = input;
  const url = articleUrl(site.origin, article);
  const section = findSection(article.section);
  return {
    title: article.title,
    id: url,
    link: url,
    date: new Date(modifiedAt(article)),
    published: new Date(article.publishedAt),
    description: article.summary,
    content,
    category: [
      { name: section?.name ?? article.section, term: article.section },
      ...article.tags.map((tag) => ({ name: tag, term: tag })),
    ],
    image: {
      url: absoluteUrl(article.image.src, site.origin),
      type: imageType(article.image.src),
      length: input.imageBytes?.get(article.image.src) ?? 0,
    },
  };
}

function newFeed(input: FeedInput, articles: readonly Article[], withAuthor: boolean): Feed {
  const { site } = input;
  const home = urlTo(site.origin, "home");
  const updated = latest(articles.map(modifiedAt));
  return new Feed({
    title: site.name,
    description: site.description,
    id: home,
    link: home,
    language: site.language,
    image: absoluteUrl(site.publisher.logo.src, site.origin),
    favicon: absoluteUrl("/favicon.ico", site.origin),
    copyright: `© ${site.publisher.name}`,
    // The newest change, not the build time, so an unchanged feed stays byte-identical.
    updated: updated ? new Date(updated) : input.now,
    feedLinks: {
      rss: absoluteUrl(site.feeds.rss, site.origin),
      atom: absoluteUrl(site.feeds.atom, site.origin),
      json: absoluteUrl(site.feeds.json, site.origin),
    },
    ...(withAuthor ? { author: { name: xmlText(site.publisher.name), link: home } } : {}),
  });
}

function authorNames(article: Article, input: FeedInput): string[] {
  return authorsOf(article, input.authors).map((author) => author.name);
}

function feedArticles(input: FeedInput): Article[] {
  return visibleAt(input.articles, input.now).slice(0, input.limit ?? FEED_SIZE);
}

/** RSS 2.0, with the full article in content:encoded and the authors as dc:creator. */
export function rssFeed(input: FeedInput): string {
  const articles = feedArticles(input);
  const feed = newFeed(input, articles, false);
  for (const article of articles) {
    feed.addItem({
      ...baseItem(article, input, cdataHtml(feedContentHtml(article, input.site.origin))),
      description: htmlText(article.summary),
      extensions: [
        // A text title instead of the package's CDATA one, which a second "]]>" would break.
        { name: "title", objects: { _text: xmlText(article.title) } },
        // RSS's <author> must be an e-mail address; names go in Dublin Core's creator.
        { name: "dc:creator", objects: { _text: xmlText(authorNames(article, input).join(", ")) } },
      ],
    });
  }
  return feed.rss2();
}

/** Atom 1.0: title, summary and content are declared HTML, so plain text is escaped for them. */
export function atomFeed(input: FeedInput): string {
  const articles = feedArticles(input);
  const feed = newFeed(input, articles, true);
  for (const article of articles) {
    feed.addItem({
      ...baseItem(article, input, cdataHtml(feedContentHtml(article, input.site.origin))),
      title: htmlText(article.title),
      description: htmlText(article.summary),
      author: authorNames(article, input).map((name) => ({ name: xmlText(name) })),
    });
  }
  return feed.atom1();
}

/**
 * JSON Feed 1.1. The feed package writes version 1 without authors (it
 * would keep only the first); the document is upgraded to 1.1: `language`,
 * and `authors` lists for the feed and each item.
 */
export function jsonFeed(input: FeedInput): string {
  const { site } = input;
  const articles = feedArticles(input);
  const feed = newFeed(input, articles, false);
  for (const article of articles) {
    feed.addItem(baseItem(article, input, feedContentHtml(article, site.origin)));
  }
  const {
    version: _version,
    items,
    ...head
  } = JSON.parse(feed.json1()) as {
    version: string;
    items: Record<string, unknown>[];
  };
  return JSON.stringify(
    {
      version: JSON_FEED_VERSION,
      ...head,
      language: site.language,
      authors: [{ name: site.publisher.name, url: urlTo(site.origin, "home") }],
      items: items.map((item, index) => ({
        ...item,
        authors: (articles[index] ? authorNames(articles[index], input) : []).map((name) => ({
          name,
        })),
      })),
    },
    null,
    2,
  );
}
