import "server-only";
import type { Metadata } from "next";
import { contentStore } from "../content/store";
import type { Article, Author } from "../content/schema";
import { listingGroups } from "../listing/groups";
import { tagLabel } from "../listing/listing";
import { paginate, parsePageNumber, type Page } from "../listing/pagination";
import { listingPagePath } from "../routes";
import { findSection, sections } from "../sections";
import { listingPageMetadata } from "../seo/metadata";
import { site } from "../site";
import { storyCard, type StoryCard } from "./cards";

export type ListingKind = "section" | "tag" | "author";

/** One page of a section, tag or author listing, links built. */
export type ListingPageModel = {
  heading: string;
  description: string;
  /** An author's photo and biography, under the description. */
  author?: { bio: string; photo?: NonNullable<Author["photo"]> };
  page: number;
  totalPages: number;
  cards: StoryCard[];
  previousHref?: string;
  nextHref?: string;
  timeZone: string;
  emptyText: string;
};

export type ListingLookup =
  | { kind: "found"; page: ListingPageModel }
  /** `/page/1`: the listing's own address. */
  | { kind: "moved"; to: string }
  | { kind: "missing" };

const EMPTY_TEXT: Record<ListingKind, string> = {
  section: "No stories in this section yet.",
  tag: "No stories with this tag yet.",
  author: "No stories by this author yet.",
};

type Listed = {
  heading: string;
  description: string;
  articles: readonly Article[];
  author?: Author;
};

/** What a listing lists, or undefined for an unknown section or author, or a tag no visible story carries. */
async function listed(kind: ListingKind, key: string): Promise<Listed | undefined> {
  const store = contentStore();
  const groups = listingGroups(await store.visibleArticles());
  if (kind === "section") {
    const section = findSection(key);
    if (!section) return undefined;
    const articles = groups.section(section.slug);
    return { heading: section.name, description: section.description, articles };
  }
  if (kind === "tag") {
    const articles = groups.tag(key);
    if (articles.length === 0) return undefined;
    const count = `${articles.length} ${articles.length === 1 ? "story" : "stories"}`;
    return {
      heading: tagLabel(key),
      description: `${count} tagged “${key}”, newest first.`,
      articles,
    };
  }
  const author = await store.author(key);
  if (!author) return undefined;
  const articles = groups.author(author.id);
  return { heading: author.name, description: author.role, articles, author };
}

type ListingPageLookup =
  { kind: "found"; found: Listed; page: Page<Article> } | Exclude<ListingLookup, { kind: "found" }>;

/**
 * Whether a listing page exists, and what it lists, without building its
 * cards: what the proxy asks on every request for a listing (request-outcome.ts).
 * `pageSegment` is the `/page/<n>` segment (undefined on page 1). Unknown
 * listings and page numbers past the end are missing.
 */
export async function findListingPage(
  kind: ListingKind,
  key: string,
  pageSegment?: string,
): Promise<ListingPageLookup> {
  const number = pageSegment === undefined ? 1 : parsePageNumber(pageSegment);
  if (number === undefined) return { kind: "missing" };
  const found = await listed(kind, key);
  const page = found && paginate(found.articles, number);
  if (!found || !page) return { kind: "missing" };
  // Page 1 has one address: the listing's own.
  if (pageSegment !== undefined && page.page === 1) {
    return { kind: "moved", to: listingPagePath(kind, key, 1) };
  }
  return { kind: "found", found, page };
}

/** A listing page's model (findListingPage, with its cards and links). */
export async function listingPage(
  kind: ListingKind,
  key: string,
  pageSegment?: string,
): Promise<ListingLookup> {
  const lookup = await findListingPage(kind, key, pageSegment);
  if (lookup.kind !== "found") return lookup;
  const { found, page } = lookup;
  const model: ListingPageModel = {
    heading: found.heading,
    description: found.description,
    ...(found.author
      ? {
          author: {
            bio: found.author.bio,
            ...(found.author.photo ? { photo: found.author.photo } : {}),
          },
        }
      : {}),
    page: page.page,
    totalPages: page.totalPages,
    cards: page.items.map((article) => storyCard(article)),
    previousHref: page.previousPage ? listingPagePath(kind, key, page.previousPage) : undefined,
    nextHref: page.nextPage ? listingPagePath(kind, key, page.nextPage) : undefined,
    timeZone: site.timeZone,
    emptyText: EMPTY_TEXT[kind],
  };
  return { kind: "found", page: model };
}

/** The page's metadata; `/page/1` gets page 1's (its answer is a redirect there). */
export async function listingMetadata(
  kind: ListingKind,
  key: string,
  pageSegment?: string,
): Promise<Metadata> {
  const number = pageSegment === undefined ? 1 : parsePageNumber(pageSegment);
  const found = number === undefined ? undefined : await listed(kind, key);
  const page = found && number !== undefined && paginate(found.articles, number);
  return found && page ? metadataOf(kind, key, found, page.page) : {};
}

function metadataOf(kind: ListingKind, key: string, found: Listed, page: number): Metadata {
  return listingPageMetadata(
    {
      heading: found.heading,
      description: found.description,
      path: listingPagePath(kind, key, page),
      page,
    },
    site,
  );
}

/**
 * What is prerendered at build: the first page of every listing. Later pages
 * (older stories) render on their first request, then are cached; a number
 * past the last page is a 404 (lib/pages/request-outcome.ts).
 */
export const listingParams = {
  sections: () => sections.map((section) => ({ section: section.slug })),
  async tags() {
    return listingGroups(await contentStore().visibleArticles()).tags.map((tag) => ({ tag }));
  },
  async authors() {
    return (await contentStore().authors()).map((author) => ({ author: author.id }));
  },
  /** Later pages of any listing: none at build. */
  laterPages: async (): Promise<never[]> => [],
};
