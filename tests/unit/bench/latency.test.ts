import { describe, expect, it } from "vitest";
import { percentile, spread, summarizeLatency } from "@/bench/lib/latency";

describe("percentile", () => {
  it("takes the nearest rank, whatever the order of the values", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it("is 0 for no values", () => {
    expect(percentile([], 50)).toBe(0);
  });
});

describe("summarizeLatency", () => {
  it("counts the requests and lists each status once", () => {
    expect(summarizeLatency([3, 1, 2], [200, 404, 200])).toEqual({
      count: 3,
      p50Ms: 2,
      p99Ms: 3,
      statuses: [200, 404],
    });
  });
});

describe("spread", () => {
  it("picks items evenly from the whole list, first included", () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });

  it("keeps a list shorter than the count whole", () => {
    expect(spread(["a", "b"], 5)).toEqual(["a", "b"]);
  });
});
