import type { Metadata } from "next";
import { SiteLink } from "@/components/site/SiteLink";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { searchArticles } from "@/lib/content/queries";
import { normalizeQuery } from "@/lib/search/query";
import { searchMetadata } from "@/lib/seo/metadata";
import { sectionPath } from "@/lib/seo/urls";
import { findSection, sections } from "@/lib/sections";
import { site } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Results depend on the query: rendered for every request, never cached as a page. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(normalizeQuery((await searchParams).q), site);
}

export default async function SearchPage({ searchParams }: Props) {
  const query = normalizeQuery((await searchParams).q);
  const hits = query ? await searchArticles(query) : [];
  return (
    <div className="search">
      <h1 className="listing__heading">Search</h1>
      <SearchForm
        id="search-page-q"
        defaultValue={query}
        className="search-form search-form--page"
      />
      {!query ? (
        <p className="search__hint">
          Type a word or two from a headline, a place or a topic, for example “rail” or “climate”.
        </p>
      ) : hits.length === 0 ? (
        <div className="search__empty">
          <p role="status">No stories found for “{query}”.</p>
          <p>Check the spelling, try fewer or more general words, or browse a section:</p>
          <ul className="search__sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <SiteLink href={sectionPath(section.slug)}>{section.name}</SiteLink>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <SearchResults
          query={query}
          timeZone={site.timeZone}
          results={hits.map((hit) => ({
            article: hit.article,
            terms: hit.terms,
            sectionName: findSection(hit.article.section)?.name ?? hit.article.section,
            sectionHref: sectionPath(hit.article.section),
          }))}
        />
      )}
    </div>
  );
}
