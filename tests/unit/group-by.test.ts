import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/group-by";

describe("groupBy", () => {
  it("lists each item under each of its keys, in the items' order", () => {
    const items = [
      { name: "a", keys: ["x", "y"] },
      { name: "b", keys: ["y"] },
      { name: "c", keys: [] },
      { name: "d", keys: ["x"] },
    ];
    const groups = groupBy(items, (item) => item.keys);
    expect([...groups.keys()]).toEqual(["x", "y"]);
    expect(groups.get("x")?.map((item) => item.name)).toEqual(["a", "d"]);
    expect(groups.get("y")?.map((item) => item.name)).toEqual(["a", "b"]);
  });

  it("lists an item once under a key it gives twice", () => {
    const groups = groupBy([{ keys: ["x", "x"] }], (item) => item.keys);
    expect(groups.get("x")).toHaveLength(1);
  });
});
