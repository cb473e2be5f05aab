import { SiteLink } from "@/components/site/SiteLink";
import { CardDate } from "@/components/listing/CardDate";
import { LiveLabel } from "@/components/live/LiveLabel";
import { Photo } from "@/components/media/Photo";
import type { StoryCard } from "@/lib/pages/cards";

type Props = {
  card: StoryCard;
  timeZone: string;
  /** Heading level of the card's headline within the listing. */
  headingLevel?: 2 | 3;
  /**
   * The first card of a listing: on a phone its full-width photo is the
   * largest thing on screen, so it loads at once instead of lazily.
   */
  leading?: boolean;
};

/** One story in a listing: thumbnail, section, headline link, summary and date. */
export function ArticleCard({ card, timeZone, headingLevel = 2, leading = false }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="article-card">
      <Photo
        className="article-card__image"
        photo={card.image}
        sizes="(min-width: 48rem) 16rem, 100vw"
        largestPaint={leading}
      />
      <div className="article-card__text">
        <p className="article-card__section">
          {card.live?.running ? <LiveLabel /> : null}
          {card.sectionName}
        </p>
        <Heading className="article-card__title">
          <SiteLink href={card.href}>{card.title}</SiteLink>
        </Heading>
        <p className="article-card__summary">{card.summary}</p>
        <p className="article-card__date">
          <CardDate card={card} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
