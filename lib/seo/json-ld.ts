import type {
  BlogPosting,
  BreadcrumbList,
  LiveBlogPostingLeaf,
  ImageObjectLeaf,
  ListItem,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  Organization,
  Person,
  WebPage,
  WebSite,
} from "schema-dts";
import type { Article, Author } from "../content/schema";
import type { Section } from "../sections";
import { absoluteUrl, type SiteConfig, type SiteImage } from "../site";
import { parsePhotoCredit } from "./photo-credit";
import { articleUrl, isLiveAt, isNewsroom, modifiedAt } from "../article";
import { urlTo } from "../routes";

/**
 * schema-dts types width and height as Distance text or QuantitativeValue;
 * Google's examples and the consumers of ImageObject use plain pixel numbers.
 */
type Pixels = { width: number; height: number };
export type PixelImageObject = Omit<ImageObjectLeaf, "width" | "height"> & Pixels;
export type PublisherJsonLd = Omit<NewsMediaOrganizationLeaf, "logo"> & { logo: PixelImageObject };
export type NewsArticleJsonLd = Omit<NewsArticleLeaf, "image" | "publisher"> & {
  image: PixelImageObject[];
  publisher: PublisherJsonLd;
};
export type LiveBlogPostingJsonLd = Omit<LiveBlogPostingLeaf, "image" | "publisher"> & {
  image: PixelImageObject[];
  publisher: PublisherJsonLd;
};
type JsonLdNode =
  NewsArticleJsonLd | LiveBlogPostingJsonLd | BreadcrumbList | WebSite | PublisherJsonLd;
export type JsonLdGraph = { "@context": "https://schema.org"; "@graph": JsonLdNode[] };

/** An author as structured data knows them: a person, or the newsroom as an organization. */
export type AuthorRef = { name: string; url?: string; organization?: boolean };

/** The authors of an article (resolved from their ids), each with the url of their page. */
export function articleAuthors(authors: readonly Author[], site: SiteConfig): AuthorRef[] {
  return authors.map((author) => ({
    name: author.name,
    url: urlTo(site.origin, "author", { author: author.id }),
    ...(isNewsroom(author) ? { organization: true } : {}),
  }));
}

export function personJsonLd(
  author: AuthorRef,
): Exclude<Person, string> | Exclude<Organization, string> {
  const url = author.url ? { url: author.url } : {};
  return author.organization
    ? { "@type": "Organization", name: author.name, ...url }
    : { "@type": "Person", name: author.name, ...url };
}

export function publisherId(site: SiteConfig): string {
  return `${urlTo(site.origin, "home")}#publisher`;
}

function pixelImage(image: SiteImage, site: SiteConfig): PixelImageObject {
  const url = absoluteUrl(image.src, site.origin);
  return { "@type": "ImageObject", url, contentUrl: url, width: image.width, height: image.height };
}

export function publisherJsonLd(site: SiteConfig): PublisherJsonLd {
  return {
    "@type": "NewsMediaOrganization",
    "@id": publisherId(site),
    name: site.publisher.name,
    url: urlTo(site.origin, "home"),
    logo: pixelImage(site.publisher.logo, site),
  };
}

/** The article photo with the credit, creator and copyright notice from its credit line. */
export function photoJsonLd(article: Article, site: SiteConfig): PixelImageObject {
  const { image } = article;
  const credit = parsePhotoCredit(image.credit, site.publisher.name);
  return {
    ...pixelImage(image, site),
    caption: image.caption,
    creditText: credit.creditText,
    creator: { "@type": credit.creator.type, name: credit.creator.name },
    copyrightNotice: credit.copyrightHolder,
  };
}

export function newsArticleJsonLd(
  article: Article,
  section: Section,
  site: SiteConfig,
  authors: readonly Author[],
): NewsArticleJsonLd {
  const url = articleUrl(site.origin, article);
  const page: WebPage = { "@type": "WebPage", "@id": url };
  return {
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    url,
    mainEntityOfPage: page,
    headline: article.title,
    description: article.summary,
    image: [photoJsonLd(article, site)],
    datePublished: article.publishedAt,
    dateModified: modifiedAt(article),
    author: articleAuthors(authors, site).map(personJsonLd),
    publisher: publisherJsonLd(site),
    articleSection: section.name,
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    inLanguage: site.language,
    isAccessibleForFree: true,
  };
}

/** Home > Section > Article. */
export function breadcrumbJsonLd(
  article: Article,
  section: Section,
  site: SiteConfig,
): BreadcrumbList {
  const crumbs: [string, string][] = [
    [site.name, urlTo(site.origin, "home")],
    [section.name, urlTo(site.origin, "section", { section: section.slug })],
    [article.title, articleUrl(site.origin, article)],
  ];
  const itemListElement: ListItem[] = crumbs.map(([name, item], index) => ({
    "@type": "ListItem",
    position: index + 1,
    name,
    item,
  }));
  return { "@type": "BreadcrumbList", itemListElement };
}

/** Structured data of an article page: the NewsArticle and its breadcrumb trail. */
export function articlePageJsonLd(
  article: Article,
  section: Section,
  site: SiteConfig,
  authors: readonly Author[],
): JsonLdGraph {
  return {
    "@context": "https://schema.org",
    "@graph": [
      newsArticleJsonLd(article, section, site, authors),
      breadcrumbJsonLd(article, section, site),
    ],
  };
}

/**
 * Structured data of a live page: a LiveBlogPosting (what news publishers
 * mark live coverage with) whose coverage starts at publication and ends at
 * `coverageEndedAt`, each update a BlogPosting with its own URL, newest
 * first; and the breadcrumb trail.
 */
export function livePageJsonLd(
  article: Article,
  section: Section,
  site: SiteConfig,
  authors: readonly Author[],
  now: Date,
): JsonLdGraph {
  const article_ = newsArticleJsonLd(article, section, site, authors);
  const { "@type": _type, "@id": _id, ...shared } = article_;
  const url = articleUrl(site.origin, article);
  const updates: BlogPosting[] = [...article.updates].reverse().map((update) => ({
    "@type": "BlogPosting",
    "@id": `${url}#${update.id}`,
    url: `${url}#${update.id}`,
    headline: update.headline ?? article.title,
    datePublished: update.at,
    articleBody: update.html
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  }));
  const ended = !isLiveAt(article, now) && article.coverageEndedAt !== undefined;
  const posting: LiveBlogPostingJsonLd = {
    ...shared,
    "@type": "LiveBlogPosting",
    "@id": `${url}#live`,
    coverageStartTime: article.publishedAt,
    ...(ended && article.coverageEndedAt ? { coverageEndTime: article.coverageEndedAt } : {}),
    liveBlogUpdate: updates,
  };
  return {
    "@context": "https://schema.org",
    "@graph": [posting, breadcrumbJsonLd(article, section, site)],
  };
}

/** Structured data of the front page: the website and the organization publishing it. */
export function homePageJsonLd(site: SiteConfig): JsonLdGraph {
  const website: WebSite = {
    "@type": "WebSite",
    "@id": `${urlTo(site.origin, "home")}#website`,
    url: urlTo(site.origin, "home"),
    name: site.name,
    description: site.description,
    inLanguage: site.language,
    publisher: { "@id": publisherId(site) },
  };
  return { "@context": "https://schema.org", "@graph": [website, publisherJsonLd(site)] };
}
