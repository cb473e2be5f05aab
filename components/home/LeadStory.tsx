import { SiteLink } from "@/components/site/SiteLink";
import { CardDate } from "@/components/listing/CardDate";
import { LiveLabel } from "@/components/live/LiveLabel";
import { Photo } from "@/components/media/Photo";
import type { StoryCard } from "@/lib/pages/cards";

type Props = { card: StoryCard; timeZone: string };

/** The front page's main story: large photo, headline and standfirst. Its photo is the page's largest paint. */
export function LeadStory({ card, timeZone }: Props) {
  return (
    <article className="lead-story">
      <Photo
        className="lead-story__image"
        photo={card.image}
        sizes="(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw"
        largestPaint
      />
      <div className="lead-story__text">
        <p className="article-card__section">
          {card.live?.running ? <LiveLabel /> : null}
          <SiteLink href={card.sectionHref}>{card.sectionName}</SiteLink>
        </p>
        <h2 className="lead-story__title">
          <SiteLink href={card.href}>{card.title}</SiteLink>
        </h2>
        <p className="lead-story__standfirst">{card.summary}</p>
        <p className="article-card__date">
          <CardDate card={card} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
