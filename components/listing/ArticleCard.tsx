import Link from "next/link";
import { ShortDate } from "@/components/listing/ShortDate";
import type { Article } from "@/lib/content/schema";
import { Photo } from "@/components/media/Photo";

type Props = {
  article: Article;
  sectionName: string;
  timeZone: string;
  /** Heading level of the card's headline within the listing. */
  headingLevel?: 2 | 3;
};

/** One story in a listing: thumbnail, section, headline link, summary and date. */
export function ArticleCard({ article, sectionName, timeZone, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="article-card">
      <Photo
        className="article-card__image"
        photo={article.image}
        sizes="(min-width: 48rem) 16rem, 100vw"
      />
      <div className="article-card__text">
        <p className="article-card__section">{sectionName}</p>
        <Heading className="article-card__title">
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </Heading>
        <p className="article-card__summary">{article.summary}</p>
        <p className="article-card__date">
          <ShortDate iso={article.publishedAt} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
