import { SiteLink } from "@/components/site/SiteLink";
import { Photo } from "@/components/media/Photo";
import type { BriefEditionModel } from "@/lib/pages/brief";

export type BriefStoryProps = BriefEditionModel["stories"][number];

type Props = BriefEditionModel;

/** One edition of the brief on the web: the lead story, then the others as in the email. */
export function BriefEdition({ title, stories, archiveHref }: Props) {
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
                  <SiteLink href={story.href}>{story.headline}</SiteLink>
                </h2>
                <p className="article-card__summary">{story.standfirst}</p>
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
