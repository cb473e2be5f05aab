import type { Article } from "@/lib/content/schema";
import { Photo } from "@/components/media/Photo";

type Props = { image: Article["image"] };

/**
 * The lead photo. Its size comes from the file, so the browser reserves the
 * space before it loads (no layout shift); it is the page's largest paint, so
 * it is preloaded.
 */
export function ArticleFigure({ image }: Props) {
  return (
    <figure className="article-figure">
      <Photo photo={image} sizes="(min-width: 48rem) 46rem, 100vw" largestPaint />
      <figcaption>
        {image.caption} <span className="article-figure__credit">{image.credit}</span>
      </figcaption>
    </figure>
  );
}
