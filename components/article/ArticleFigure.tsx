import Image from "next/image";
import type { Article } from "@/lib/content/schema";

type Props = { image: Article["image"] };

/**
 * The lead photo. Its size comes from the file, so the browser reserves the
 * space before it loads (no layout shift); it is the page's largest paint, so
 * it is preloaded.
 */
export function ArticleFigure({ image }: Props) {
  return (
    <figure className="article-figure">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 48rem) 46rem, 100vw"
        preload
        fetchPriority="high"
        loading="eager"
      />
      <figcaption>
        {image.caption} <span className="article-figure__credit">{image.credit}</span>
      </figcaption>
    </figure>
  );
}
