import { Photo } from "@/components/media/Photo";
import { formatDateTime } from "@/lib/dates";
import type { LiveUpdateModel } from "@/lib/pages/live";

type Props = {
  update: LiveUpdateModel;
  timeZone: string;
  /** The pinned update, shown above the timeline. */
  pinned?: boolean;
};

/** One update: its time, headline, text, photo and its own address. */
export function LiveUpdateEntry({ update, timeZone, pinned = false }: Props) {
  const headingId = `${update.id}-heading`;
  return (
    <article
      id={update.id}
      className={`live-update${update.key ? " live-update--key" : ""}${pinned ? " live-update--pinned" : ""}`}
      aria-labelledby={headingId}
    >
      <header className="live-update__header">
        {pinned ? <p className="live-update__flag">Pinned</p> : null}
        {update.key && !pinned ? <p className="live-update__flag">Key event</p> : null}
        <h3 id={headingId} className="live-update__heading">
          <time dateTime={update.at}>{formatDateTime(update.at, timeZone)}</time>
          {update.headline ? (
            <span className="live-update__headline">{update.headline}</span>
          ) : null}
        </h3>
      </header>
      <div className="live-update__body" dangerouslySetInnerHTML={{ __html: update.html }} />
      {update.image ? (
        <figure className="live-update__figure">
          <Photo photo={update.image} sizes="(min-width: 48rem) 46rem, 100vw" />
          <figcaption>
            {update.image.caption}{" "}
            <span className="article-figure__credit">{update.image.credit}</span>
          </figcaption>
        </figure>
      ) : null}
      <p className="live-update__share">
        <a href={update.href}>Link to this update</a>
      </p>
    </article>
  );
}
