import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageCount, paginate, parsePageNumber } from "@/lib/listing/pagination";

const items = Array.from({ length: 13 }, (_, index) => index + 1);

describe("paginate", () => {
  it("cuts a list into pages of a fixed size with links to the neighbours", () => {
    expect(paginate(items, 1, 5)).toEqual({
      items: [1, 2, 3, 4, 5],
      page: 1,
      totalPages: 3,
      totalItems: 13,
      nextPage: 2,
    });
    expect(paginate(items, 2, 5)).toMatchObject({
      items: [6, 7, 8, 9, 10],
      previousPage: 1,
      nextPage: 3,
    });
    const last = paginate(items, 3, 5);
    expect(last?.items).toEqual([11, 12, 13]);
    expect(last).not.toHaveProperty("nextPage");
  });

  it("has no page past the end, nor page 0, nor fractions", () => {
    expect(paginate(items, 4, 5)).toBeUndefined();
    expect(paginate(items, 0, 5)).toBeUndefined();
    expect(paginate(items, 1.5, 5)).toBeUndefined();
  });

  it("always has a first page, even for an empty list", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(paginate([], 2)).toBeUndefined();
  });

  it("uses the site's page size by default and refuses a nonsense size", () => {
    expect(paginate(items, 1)?.items).toHaveLength(Math.min(PAGE_SIZE, items.length));
    expect(() => paginate(items, 1, 0)).toThrow(RangeError);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });
});

describe("page numbers in URLs", () => {
  it("accepts only plain positive numbers, so each page has one address", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("1")).toBe(1);
    for (const bad of ["0", "02", "-1", "2.0", "x", "", "1e3", " 2", "9999999"]) {
      expect(parsePageNumber(bad), bad).toBeUndefined();
    }
  });
});
