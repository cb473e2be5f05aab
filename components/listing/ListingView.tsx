import { ArticleCard } from "@/components/listing/ArticleCard";
import { AuthorIntro } from "@/components/listing/AuthorIntro";
import { Pagination } from "@/components/listing/Pagination";
import type { ListingPageModel } from "@/lib/pages/listing";

/**
 * A section, tag or author listing: heading, description, the stories of one
 * page newest first, and links to newer and older pages. `<link rel>` elements
 * are hoisted into the document head by React.
 */
export function ListingView(props: ListingPageModel) {
  const { heading, description, author, page, totalPages, cards, previousHref, nextHref } = props;
  return (
    <div className="listing">
      {previousHref ? <link rel="prev" href={previousHref} /> : null}
      {nextHref ? <link rel="next" href={nextHref} /> : null}
      <h1 className="listing__heading">
        {heading}
        {page > 1 ? <span className="listing__page">, page {page}</span> : null}
      </h1>
      <p className="listing__description">{description}</p>
      {author ? <AuthorIntro bio={author.bio} photo={author.photo} /> : undefined}
      {cards.length === 0 ? (
        <p>{props.emptyText}</p>
      ) : (
        <ol className="listing__items">
          {cards.map((card, index) => (
            <li key={card.slug}>
              <ArticleCard leading={index === 0} card={card} timeZone={props.timeZone} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        previousHref={previousHref}
        nextHref={nextHref}
      />
    </div>
  );
}
