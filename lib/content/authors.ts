import type { Article, Author } from "./schema";

/** The role that marks an author entry as the newsroom itself rather than a person. */
export const NEWSROOM_ROLE = "newsroom";

export function isNewsroom(author: Author): boolean {
  return author.role.trim().toLowerCase() === NEWSROOM_ROLE;
}

/**
 * The authors of an article, in byline order. The loader guarantees every id
 * has an author file; should one be missing all the same (a file deleted on a
 * running server), the id stands in for the name rather than breaking the page.
 */
export function authorsOf(article: Pick<Article, "authors">, authors: readonly Author[]): Author[] {
  return article.authors.map(
    (id) => authors.find((author) => author.id === id) ?? { id, name: id, role: "", bio: "" },
  );
}
