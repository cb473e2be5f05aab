import { SiteLink } from "@/components/site/SiteLink";
import { ShortDate } from "@/components/listing/ShortDate";
import type { Article } from "@/lib/content/schema";
import { Highlighted } from "./Highlighted";

export type SearchResultItem = {
  article: Article;
  terms: readonly string[];
  sectionName: string;
  sectionHref: string;
};

type Props = { query: string; results: readonly SearchResultItem[]; timeZone: string };

/** The results list: headline, summary, section and date, with matched words highlighted. */
export function SearchResults({ query, results, timeZone }: Props) {
  return (
    <>
      <p className="search__count" role="status">
        {results.length} {results.length === 1 ? "story" : "stories"} found for “{query}”
      </p>
      <ol className="search__results">
        {results.map(({ article, terms, sectionName, sectionHref }) => (
          <li key={article.slug} className="search-result">
            <h2 className="search-result__title">
              <SiteLink href={`/articles/${article.slug}`}>
                <Highlighted text={article.title} terms={terms} />
              </SiteLink>
            </h2>
            <p className="search-result__summary">
              <Highlighted text={article.summary} terms={terms} />
            </p>
            <p className="search-result__meta">
              <SiteLink href={sectionHref}>{sectionName}</SiteLink> ·{" "}
              <ShortDate iso={article.publishedAt} timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
