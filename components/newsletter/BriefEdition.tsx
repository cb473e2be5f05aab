import { SiteLink } from "@/components/site/SiteLink";
import { Photo } from "@/components/media/Photo";
import { LiveLabel } from "@/components/live/LiveLabel";
import { formatDateTime } from "@/lib/dates";
import type { BriefEditionModel } from "@/lib/pages/brief";

export type BriefStoryProps = BriefEditionModel["stories"][number];

type Props = BriefEditionModel;

/** One edition of the brief on the web: the lead story, then the others as in the email. */
export function BriefEdition({ title, stories, archiveHref, timeZone }: Props) {
  return (
    <div className="listing brief">
      <h1 className="listing__heading">{title}</h1>
      <ol className="listing__items">
        {stories.map((story, index) => (
          <li key={story.slug}>
            <article className={index === 0 ? "article-card brief__lead" : "article-card"}>
              <figure className="brief__figure">
                <Photo
                  className="article-card__image"
                  photo={story.image}
                  sizes="(min-width: 48rem) 16rem, 100vw"
                  largestPaint={index === 0}
                />
                <figcaption className="brief__credit">{story.image.credit}</figcaption>
              </figure>
              <div className="article-card__text">
                <p className="article-card__section">{story.sectionName}</p>
                <h2 className="article-card__title">
                  {story.live?.running ? (
                    <>
                      <LiveLabel />{" "}
                    </>
                  ) : null}
                  <SiteLink href={story.href}>{story.headline}</SiteLink>
                </h2>
                <p className="article-card__summary">{story.standfirst}</p>
                {story.live && story.live.keyEvents.length > 0 ? (
                  <div className="brief__key-events">
                    <h3>Latest key events</h3>
                    <ul>
                      {story.live.keyEvents.map((event) => (
                        <li key={event.href}>
                          <SiteLink href={event.href}>{event.headline}</SiteLink>{" "}
                          <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </div>
            </article>
          </li>
        ))}
      </ol>
      <p>
        <SiteLink href={archiveHref}>All past editions</SiteLink>
      </p>
    </div>
  );
}
