import { ArticleCard } from "@/components/listing/ArticleCard";
import type { Article } from "@/lib/content/schema";
import { findSection } from "@/lib/sections";

type Props = { articles: readonly Article[]; timeZone: string };

/** "More on this story": the next stories to read, at the end of the article. */
export function RelatedArticles({ articles, timeZone }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">More on this story</h2>
      <ol className="related__items">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard
              article={article}
              sectionName={findSection(article.section)?.name ?? article.section}
              timeZone={timeZone}
              headingLevel={3}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
