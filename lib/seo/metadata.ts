import type { Metadata } from "next";
import type { Article, Author } from "../content/schema";
import type { Section } from "../sections";
import { absoluteUrl, type SiteConfig, type SiteImage } from "../site";
import { articlePath, articleUrl, modifiedAt } from "../article";
import { pathTo, urlTo } from "../routes";

type Alternates = NonNullable<Metadata["alternates"]>;
type OpenGraphImage = { url: string; width: number; height: number; alt: string };

/** Index and follow everything public; let search engines show large image previews (Discover, Top Stories). */
const INDEXABLE: Metadata["robots"] = { index: true, follow: true, "max-image-preview": "large" };

/** The three feeds, announced with `<link rel="alternate">` on every page. */
export function feedAlternates(site: SiteConfig): NonNullable<Alternates["types"]> {
  return {
    "application/rss+xml": [
      { url: absoluteUrl(site.feeds.rss, site.origin), title: `${site.name} (RSS)` },
    ],
    "application/atom+xml": [
      { url: absoluteUrl(site.feeds.atom, site.origin), title: `${site.name} (Atom)` },
    ],
    "application/feed+json": [
      { url: absoluteUrl(site.feeds.json, site.origin), title: `${site.name} (JSON Feed)` },
    ],
  };
}

/**
 * A page's `alternates`. Next.js replaces (does not merge) the layout's
 * `alternates` when a page sets its own, so every page that sets a canonical
 * URL repeats the feed links here.
 */
function pageAlternates(path: string, site: SiteConfig): Alternates {
  return { canonical: absoluteUrl(path, site.origin), types: feedAlternates(site) };
}

function openGraphImage(image: SiteImage, site: SiteConfig): OpenGraphImage {
  return {
    url: absoluteUrl(image.src, site.origin),
    width: image.width,
    height: image.height,
    alt: image.alt,
  };
}

/** The defaults every page inherits from the root layout. */
export function rootMetadata(site: SiteConfig): Metadata {
  return {
    metadataBase: new URL(site.origin),
    title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: feedAlternates(site) },
    robots: INDEXABLE,
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: site.locale,
      images: [openGraphImage(site.defaultSocialImage, site)],
    },
    twitter: { card: "summary_large_image" },
  };
}

/** A page about the site or a listing: its own title, description and canonical URL, the default image. */
function listingMetadata(
  path: string,
  title: string,
  description: string,
  site: SiteConfig,
  documentTitle: Metadata["title"] = title,
): Metadata {
  const image = openGraphImage(site.defaultSocialImage, site);
  return {
    title: documentTitle,
    description,
    alternates: pageAlternates(path, site),
    robots: INDEXABLE,
    openGraph: {
      type: "website",
      url: absoluteUrl(path, site.origin),
      title,
      description,
      siteName: site.name,
      locale: site.locale,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export function homeMetadata(site: SiteConfig): Metadata {
  const title = `${site.name}: ${site.tagline}`;
  return listingMetadata("/", title, site.description, site, { absolute: title });
}

export function sectionMetadata(section: Section, site: SiteConfig): Metadata {
  return listingMetadata(
    pathTo("section", { section: section.slug }),
    section.name,
    section.description,
    site,
  );
}

/**
 * A page of a section, tag or author listing. Each page is its own canonical
 * URL (page 2 is not a copy of page 1), with "page N" in its title.
 */
export function listingPageMetadata(
  listing: { heading: string; description: string; path: string; page: number },
  site: SiteConfig,
): Metadata {
  const { path } = listing;
  const title = listing.page > 1 ? `${listing.heading}, page ${listing.page}` : listing.heading;
  return listingMetadata(path, title, listing.description, site);
}

/** Search results: followed, never indexed (endless query URLs would be thin duplicate pages). */
export function searchMetadata(query: string, site: SiteConfig): Metadata {
  return {
    title: query ? `Search: ${query}` : "Search",
    description: `Search ${site.name}'s stories.`,
    alternates: { types: feedAlternates(site) },
    robots: { index: false, follow: true },
  };
}

/** An article page: "Headline | Dateline", the summary, and the photo as its social preview. */
export function articleMetadata(
  article: Article,
  section: Section,
  site: SiteConfig,
  authors: readonly Author[],
): Metadata {
  const url = articleUrl(site.origin, article);
  const image = openGraphImage(article.image, site);
  return {
    title: article.title,
    description: article.summary,
    authors: authors.map((author) => ({
      name: author.name,
      url: urlTo(site.origin, "author", { author: author.id }),
    })),
    alternates: pageAlternates(articlePath(article), site),
    robots: INDEXABLE,
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.summary,
      siteName: site.name,
      locale: site.locale,
      publishedTime: article.publishedAt,
      modifiedTime: modifiedAt(article),
      section: section.name,
      tags: article.tags,
      authors: authors.map((author) => urlTo(site.origin, "author", { author: author.id })),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.summary,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

/** The "Page not found" page: never indexed, but its links may be followed. */
export const notFoundMetadata: Metadata = {
  title: "Page not found",
  robots: { index: false, follow: true },
};
