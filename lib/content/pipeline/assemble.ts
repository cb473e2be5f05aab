import type { Article, Frontmatter, ImageDimensions, LiveUpdate } from "../schema";

/** Puts the validated parts of one file together into an Article. */
export function assembleArticle(parts: {
  slug: string;
  frontmatter: Frontmatter;
  html: string;
  imageSize: ImageDimensions;
  updates?: LiveUpdate[];
}): Article {
  const { slug, frontmatter, html, imageSize, updates = [] } = parts;
  return {
    ...frontmatter,
    slug,
    html,
    image: { ...frontmatter.image, ...imageSize },
    updates,
  };
}
