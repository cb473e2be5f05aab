import "server-only";
import { contentStore } from "../content/store";
import { atomFeed, jsonFeed, rssFeed, type FeedInput } from "../seo/feeds";
import { site } from "../site";

/** The three feeds of the newest articles: what app/feed.xml, atom.xml and feed.json send. */
export type FeedFormat = "rss" | "atom" | "json";

const TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const WRITERS: Record<FeedFormat, (input: FeedInput) => string> = {
  rss: rssFeed,
  atom: atomFeed,
  json: jsonFeed,
};

/** A feed document as a response. */
export async function feedResponse(format: FeedFormat, now: Date = new Date()): Promise<Response> {
  const store = contentStore();
  const articles = await store.visibleArticles(now);
  const input: FeedInput = {
    articles,
    authors: await store.authors(),
    site,
    now,
    imageBytes: await store.imageByteLengths(articles),
  };
  return new Response(WRITERS[format](input), { headers: { "content-type": TYPES[format] } });
}
