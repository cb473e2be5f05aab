import { SiteLink } from "@/components/site/SiteLink";
import { ShortDate } from "@/components/listing/ShortDate";
import type { StoryCard } from "@/lib/pages/cards";
import { Highlighted } from "./Highlighted";

type Props = {
  query: string;
  results: readonly { card: StoryCard; terms: readonly string[] }[];
  timeZone: string;
};

/** The results list: headline, summary, section and date, with matched words highlighted. */
export function SearchResults({ query, results, timeZone }: Props) {
  return (
    <>
      <p className="search__count" role="status">
        {results.length} {results.length === 1 ? "story" : "stories"} found for “{query}”
      </p>
      <ol className="search__results">
        {results.map(({ card, terms }) => (
          <li key={card.slug} className="search-result">
            <h2 className="search-result__title">
              <SiteLink href={card.href}>
                <Highlighted text={card.title} terms={terms} />
              </SiteLink>
            </h2>
            <p className="search-result__summary">
              <Highlighted text={card.summary} terms={terms} />
            </p>
            <p className="search-result__meta">
              <SiteLink href={card.sectionHref}>{card.sectionName}</SiteLink> ·{" "}
              <ShortDate iso={card.publishedAt} timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
