import { SiteLink } from "@/components/site/SiteLink";
import { ShortDate } from "@/components/listing/ShortDate";
import type { Article } from "@/lib/content/schema";
import { Photo } from "@/components/media/Photo";

type Props = { article: Article; sectionName: string; sectionHref: string; timeZone: string };

/** The front page's main story: large photo, headline and standfirst. Its photo is the page's largest paint. */
export function LeadStory({ article, sectionName, sectionHref, timeZone }: Props) {
  return (
    <article className="lead-story">
      <Photo
        className="lead-story__image"
        photo={article.image}
        sizes="(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw"
        largestPaint
      />
      <div className="lead-story__text">
        <p className="article-card__section">
          <SiteLink href={sectionHref}>{sectionName}</SiteLink>
        </p>
        <h2 className="lead-story__title">
          <SiteLink href={`/articles/${article.slug}`}>{article.title}</SiteLink>
        </h2>
        <p className="lead-story__standfirst">{article.summary}</p>
        <p className="article-card__date">
          <ShortDate iso={article.publishedAt} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
