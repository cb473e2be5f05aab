import { describe, expect, it } from "vitest";
import { mapLimited } from "@/lib/content/pipeline/map-limited";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mapLimited", () => {
  it("keeps the items' order whatever order the steps finish in", async () => {
    const items = [30, 5, 20, 1, 10, 0, 15];
    const results = await mapLimited(items, 3, async (ms, index) => {
      await tick(ms);
      return `${index}:${ms}`;
    });
    expect(results).toEqual(items.map((ms, index) => `${index}:${ms}`));
  });

  it("never has more than the limit in flight, and uses all of it", async () => {
    let inFlight = 0;
    let most = 0;
    await mapLimited(
      Array.from({ length: 20 }, (_, index) => index),
      4,
      async (index) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await tick(index % 3);
        inFlight -= 1;
      },
    );
    expect(most).toBe(4);
  });

  it("handles no items and a limit above the item count", async () => {
    expect(await mapLimited([], 8, async () => 1)).toEqual([]);
    expect(await mapLimited(["a", "b"], 8, async (item) => item.toUpperCase())).toEqual(["A", "B"]);
  });

  it("rejects when a step rejects", async () => {
    await expect(
      mapLimited([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error("step failed");
        return item;
      }),
    ).rejects.toThrow("step failed");
  });
});
