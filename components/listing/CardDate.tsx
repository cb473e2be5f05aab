import { ShortDate } from "@/components/listing/ShortDate";
import { formatDateTime } from "@/lib/dates";
import type { StoryCard } from "@/lib/pages/cards";

/** A card's date: the publication day, or a live page's latest update. */
export function CardDate({ card, timeZone }: { card: StoryCard; timeZone: string }) {
  if (!card.live) return <ShortDate iso={card.publishedAt} timeZone={timeZone} />;
  return (
    <>
      {card.live.running ? "Latest update " : "Coverage ended; last update "}
      <time dateTime={card.live.latestAt}>{formatDateTime(card.live.latestAt, timeZone)}</time>
    </>
  );
}
