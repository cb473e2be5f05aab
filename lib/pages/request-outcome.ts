import "server-only";
import { isGoneAt } from "../article";
import { isValidSlug } from "../content/schema";
import { articleIndex } from "../content/article-index";
import { contentStore } from "../content/store";
import { matchRoute } from "../routes";
import { briefEdition } from "./brief";
import { findArticle } from "./article";
import { findListingPage, type ListingKind } from "./listing";
import { findLivePage, parseLivePage } from "./live";
import { sitemapParams } from "./sitemaps";

/**
 * What a request path names, decided before any page renders, so that
 * proxy.ts can send what names nothing to the prerendered 404 page (complete
 * HTML; lib/platform/README.md, "Unknown URLs"):
 * - "page": a page answers it (or a route that is not a page of content);
 * - "missing": nothing is or was there (404), a sitemap number included;
 * - "gone": an article that was published and has expired or was withdrawn (410).
 * The same page models the routes use decide, so the two never disagree.
 */
export type RequestOutcome = "page" | "missing" | "gone";

/** The listing routes, by their kind (each route's key parameter is named after it). */
const LISTINGS: Partial<Record<string, ListingKind>> = {
  section: "section",
  sectionPage: "section",
  tag: "tag",
  tagPage: "tag",
  author: "author",
  authorPage: "author",
};

export async function requestOutcome(
  pathname: string,
  now: Date = new Date(),
): Promise<RequestOutcome> {
  const route = matchRoute(pathname);
  if (!route) return "page";
  const { name, params } = route;
  if (name === "article") {
    const slug = params.slug ?? "";
    if ((await findArticle(slug, false)).kind !== "missing") return "page";
    return (await isGone(slug, now)) ? "gone" : "missing";
  }
  if (name === "live" || name === "livePage" || name === "liveUpdates" || name === "liveFeed") {
    const slug = params.slug ?? "";
    const found = await findLivePage(slug);
    if (found.kind === "missing") return (await isGone(slug, now)) ? "gone" : "missing";
    if (found.kind === "moved" || name !== "livePage" || params.page === "1") return "page";
    return parseLivePage(params.page, found.article) === undefined ? "missing" : "page";
  }
  const kind = LISTINGS[name];
  if (kind) {
    const lookup = await findListingPage(kind, params[kind] ?? "", params.page);
    return lookup.kind === "missing" ? "missing" : "page";
  }
  if (name === "brief") {
    return (await briefEdition(params.date ?? "")) ? "page" : "missing";
  }
  if (name === "sitemap") {
    const ids = await sitemapParams(now);
    return ids.some(({ id }) => String(id) === params.id) ? "page" : "missing";
  }
  return "page";
}

/** Whether `slug` is an article readers could see once and that is gone since. */
async function isGone(slug: string, now: Date): Promise<boolean> {
  if (!isValidSlug(slug)) return false;
  const found = articleIndex(await contentStore().allArticles()).bySlug.get(slug) ?? [];
  return found.some((article) => isGoneAt(article, now));
}
