import { describe, expect, it } from "vitest";
import { createLocator } from "@/lib/content/pipeline/positions";

describe("createLocator", () => {
  it("maps offsets to 1-based lines and columns", () => {
    const locate = createLocator("ab\ncde\n\nf");
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(1)).toEqual({ line: 1, column: 2 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
    expect(locate(5)).toEqual({ line: 2, column: 3 });
    expect(locate(7)).toEqual({ line: 3, column: 1 });
    expect(locate(8)).toEqual({ line: 4, column: 1 });
  });
});
