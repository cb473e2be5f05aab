import type { Metadata } from "next";
import { headers } from "next/headers";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { SiteLink } from "@/components/site/SiteLink";
import { searchPage, searchPageMetadata, type SearchPageModel } from "@/lib/pages/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Results depend on the query: rendered for every request, never cached as a page. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata((await searchParams).q);
}

function SectionList({ sections }: { sections: SearchPageModel["sections"] }) {
  return (
    <ul className="search__sections">
      {sections.map((section) => (
        <li key={section.slug}>
          <SiteLink href={section.href}>{section.name}</SiteLink>
        </li>
      ))}
    </ul>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const search = await searchPage((await searchParams).q, await headers());
  return (
    <div className="search">
      <h1 className="listing__heading">Search</h1>
      <SearchForm
        id="search-page-q"
        action={search.searchAction}
        defaultValue={search.query}
        className="search-form search-form--page"
      />
      {search.limited ? (
        <p className="search__empty" role="status">
          You have searched many times in a short while. Please wait{" "}
          {search.limited.retryAfterSeconds} seconds, then search again.
        </p>
      ) : search.unavailable ? (
        <div className="search__empty">
          <p role="status">
            {search.unavailable === "preparing"
              ? "Search is catching up with a large update of the archive. Please try again in a minute."
              : "Search is not available right now. Please try again in a minute."}
          </p>
          <p>In the meantime, browse a section:</p>
          <SectionList sections={search.sections} />
        </div>
      ) : !search.query ? (
        <p className="search__hint">
          Type a word or two from a headline, a place or a topic, for example “rail” or “climate”.
        </p>
      ) : search.results.length === 0 ? (
        <div className="search__empty">
          <p role="status">No stories found for “{search.query}”.</p>
          <p>Check the spelling, try fewer or more general words, or browse a section:</p>
          <SectionList sections={search.sections} />
        </div>
      ) : (
        <SearchResults query={search.query} timeZone={search.timeZone} results={search.results} />
      )}
    </div>
  );
}
