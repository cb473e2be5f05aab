import type { Article, Frontmatter, ImageDimensions } from "../schema";

/** Puts the validated parts of one file together into an Article. */
export function assembleArticle(parts: {
  slug: string;
  frontmatter: Frontmatter;
  html: string;
  imageSize: ImageDimensions;
}): Article {
  const { slug, frontmatter, html, imageSize } = parts;
  return {
    ...frontmatter,
    slug,
    html,
    image: { ...frontmatter.image, ...imageSize },
  };
}
