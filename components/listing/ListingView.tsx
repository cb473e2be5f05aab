import type { ReactNode } from "react";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { Pagination } from "@/components/listing/Pagination";
import type { Article } from "@/lib/content/schema";
import type { Page } from "@/lib/listing/pagination";
import { findSection } from "@/lib/sections";

type Props = {
  heading: string;
  description: string;
  /** Shown under the description (an author's bio). */
  intro?: ReactNode;
  page: Page<Article>;
  previousHref?: string;
  nextHref?: string;
  timeZone: string;
  emptyText: string;
};

/**
 * A section, tag or author listing: heading, description, the stories of one
 * page newest first, and links to newer and older pages. `<link rel>` elements
 * are hoisted into the document head by React.
 */
export function ListingView(props: Props) {
  const { heading, description, intro, page, previousHref, nextHref, timeZone, emptyText } = props;
  return (
    <div className="listing">
      {previousHref ? <link rel="prev" href={previousHref} /> : null}
      {nextHref ? <link rel="next" href={nextHref} /> : null}
      <h1 className="listing__heading">
        {heading}
        {page.page > 1 ? <span className="listing__page">, page {page.page}</span> : null}
      </h1>
      <p className="listing__description">{description}</p>
      {intro}
      {page.items.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ol className="listing__items">
          {page.items.map((article, index) => (
            <li key={article.slug}>
              <ArticleCard
                leading={index === 0}
                article={article}
                sectionName={findSection(article.section)?.name ?? article.section}
                timeZone={timeZone}
              />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page.page}
        totalPages={page.totalPages}
        previousHref={previousHref}
        nextHref={nextHref}
      />
    </div>
  );
}
