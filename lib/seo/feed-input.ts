import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { defaultContentPaths } from "../content/load";
import { getArticles, getAuthors } from "../content/queries";
import type { Article } from "../content/schema";
import { site } from "../site";
import type { FeedInput } from "./feeds";

/** The byte size of each article's image file, by its src (RSS enclosures must state it). */
export async function imageByteLengths(
  publicDir: string,
  articles: readonly Article[],
): Promise<Map<string, number>> {
  const sources = [...new Set(articles.map((article) => article.image.src))];
  const sizes = await Promise.all(
    sources.map(async (src) => [src, (await stat(path.join(publicDir, src))).size] as const),
  );
  return new Map(sizes);
}

/** What the three feed routes render: the published articles, the site, the time, image sizes. */
export async function getFeedInput(now: Date): Promise<FeedInput> {
  const articles = await getArticles();
  const imageBytes = await imageByteLengths(defaultContentPaths().publicDir, articles);
  return { articles, authors: await getAuthors(), site, now, imageBytes };
}
