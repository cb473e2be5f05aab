import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildMemoryEnvironment, pageGenerationSettings } from "@/lib/platform/build-memory";

describe("buildMemoryEnvironment", () => {
  it("asks Turbopack's allocator to return freed memory at once, keeping every other variable", () => {
    expect(buildMemoryEnvironment({ SITE_URL: "https://example.org" })).toEqual({
      MIMALLOC_PURGE_DELAY: "0",
      SITE_URL: "https://example.org",
    });
  });

  it("keeps a value the operator set, and sets it where the key is there but unset", () => {
    expect(buildMemoryEnvironment({ MIMALLOC_PURGE_DELAY: "50" }).MIMALLOC_PURGE_DELAY).toBe("50");
    expect(buildMemoryEnvironment({ MIMALLOC_PURGE_DELAY: undefined }).MIMALLOC_PURGE_DELAY).toBe(
      "0",
    );
  });

  it("is what npm run build runs next build with", () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    expect(scripts.build).toBe("tsx scripts/build.ts");
    expect(readFileSync(path.join(root, "scripts/build.ts"), "utf8")).toContain("runNextBuild(");
  });
});

describe("pageGenerationSettings", () => {
  it("builds with one page-generation worker thread unless BENCH_BUILD_CPUS asks for more", () => {
    expect(pageGenerationSettings({ BENCH_BUILD_CPUS: 0 })).toMatchObject({
      cpus: 1,
      workerThreads: true,
    });
    expect(pageGenerationSettings({ BENCH_BUILD_CPUS: 2 }).cpus).toBe(2);
  });
});
