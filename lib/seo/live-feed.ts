import { Feed } from "feed";
import type { Article } from "../content/schema";
import { articleUrl, modifiedAt } from "../article";
import { absoluteUrl, type SiteConfig } from "../site";
import { urlTo } from "../routes";
import { absoluteHtml } from "./feed-content";
import { stripInvalidXmlChars } from "./xml";

/**
 * A live page's own Atom feed: one entry per update, newest first, each
 * linking to the update's address on the page. The site's feeds carry the
 * live page once, as any article.
 */
export function liveAtomFeed(article: Article, site: SiteConfig): string {
  const url = articleUrl(site.origin, article);
  const feed = new Feed({
    title: stripInvalidXmlChars(article.title),
    description: stripInvalidXmlChars(article.summary),
    id: url,
    link: url,
    language: site.language,
    image: absoluteUrl(site.publisher.logo.src, site.origin),
    favicon: absoluteUrl("/favicon.ico", site.origin),
    copyright: `© ${site.publisher.name}`,
    updated: new Date(modifiedAt(article)),
    feedLinks: { atom: urlTo(site.origin, "liveFeed", { slug: article.slug }) },
  });
  for (const update of [...article.updates].reverse()) {
    const link = `${url}#${update.id}`;
    feed.addItem({
      title: stripInvalidXmlChars(update.headline ?? article.title),
      id: link,
      link,
      date: new Date(update.at),
      published: new Date(update.at),
      content: absoluteHtml(update.html, url).replaceAll("]]>", "]]&gt;"),
    });
  }
  return feed.atom1();
}
