import type { Article, ArticleBody, Frontmatter, ImageDimensions, LiveUpdate } from "../schema";

/** Puts the validated parts of one file together into an Article. */
export function assembleArticle(parts: {
  slug: string;
  frontmatter: Frontmatter;
  body: ArticleBody;
  imageSize: ImageDimensions;
  updates?: LiveUpdate[];
}): Article {
  const { slug, frontmatter, body, imageSize, updates = [] } = parts;
  return {
    ...frontmatter,
    slug,
    body,
    image: { ...frontmatter.image, ...imageSize },
    updates,
  };
}
