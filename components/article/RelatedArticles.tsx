import { ArticleCard } from "@/components/listing/ArticleCard";
import type { StoryCard } from "@/lib/pages/cards";

type Props = { cards: readonly StoryCard[]; timeZone: string };

/** "More on this story": the next stories to read, at the end of the article. */
export function RelatedArticles({ cards, timeZone }: Props) {
  if (cards.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">More on this story</h2>
      <ol className="related__items">
        {cards.map((card) => (
          <li key={card.slug}>
            <ArticleCard card={card} timeZone={timeZone} headingLevel={3} />
          </li>
        ))}
      </ol>
    </section>
  );
}
