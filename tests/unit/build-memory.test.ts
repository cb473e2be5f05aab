import { describe, expect, it } from "vitest";
import { workerHeapMb } from "@/lib/build-memory";

describe("workerHeapMb", () => {
  it("is 768 MB unless DATELINE_BUILD_WORKER_HEAP_MB asks for another whole number", () => {
    expect(workerHeapMb({})).toBe(768);
    expect(workerHeapMb({ DATELINE_BUILD_WORKER_HEAP_MB: "1536" })).toBe(1536);
  });

  it("ignores a value that is not a positive whole number of MB", () => {
    for (const value of ["", "0", "-5", "1.5", "lots"]) {
      expect(workerHeapMb({ DATELINE_BUILD_WORKER_HEAP_MB: value })).toBe(768);
    }
  });
});
