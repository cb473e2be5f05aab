import { absoluteUrl } from "../site";

/** Paths of the site's pages, in one place for everything that links to them from outside. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

export function sectionPath(slug: string): string {
  return `/sections/${slug}`;
}

export function articleUrl(slug: string, origin: string): string {
  return absoluteUrl(articlePath(slug), origin);
}

export function sectionUrl(slug: string, origin: string): string {
  return absoluteUrl(sectionPath(slug), origin);
}

export function homeUrl(origin: string): string {
  return absoluteUrl("/", origin);
}

export function tagPath(tag: string): string {
  return `/tags/${tag}`;
}

export function authorPath(id: string): string {
  return `/authors/${id}`;
}

export function authorUrl(id: string, origin: string): string {
  return absoluteUrl(authorPath(id), origin);
}

export function searchPath(query?: string): string {
  return query ? `/search?${new URLSearchParams({ q: query }).toString()}` : "/search";
}
