/** Stories per listing page (sections, tags, authors): two rows of three on a wide screen. */
export const PAGE_SIZE = 6;

export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
  totalItems: number;
  previousPage?: number;
  nextPage?: number;
};

/**
 * One page of a list, or undefined when the page does not exist. Page 1
 * always exists, even for an empty list, so an empty section still has a page.
 */
export function paginate<T>(
  items: readonly T[],
  page: number,
  pageSize: number = PAGE_SIZE,
): Page<T> | undefined {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  }
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    page,
    totalPages,
    totalItems: items.length,
    ...(page > 1 ? { previousPage: page - 1 } : {}),
    ...(page < totalPages ? { nextPage: page + 1 } : {}),
  };
}

/** How many pages a list of so many items has (at least one). */
export function pageCount(itemCount: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(itemCount / pageSize));
}

/**
 * The page number in a `/page/<n>` URL: digits only, no leading zero, so each
 * page has exactly one address. "1" parses (the route redirects it to the
 * listing's own URL); "01", "2.0", "-1", "x" do not.
 */
export function parsePageNumber(segment: string): number | undefined {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return undefined;
  return Number(segment);
}
