import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnvironment } from "@/scripts/build-env.mjs";

describe("buildEnvironment", () => {
  it("asks Turbopack's allocator to return freed memory at once, keeping every other variable", () => {
    expect(buildEnvironment({ SITE_URL: "https://example.org" })).toEqual({
      MIMALLOC_PURGE_DELAY: "0",
      SITE_URL: "https://example.org",
    });
  });

  it("keeps a value the operator set, and sets it where the key is there but unset", () => {
    expect(buildEnvironment({ MIMALLOC_PURGE_DELAY: "50" }).MIMALLOC_PURGE_DELAY).toBe("50");
    expect(buildEnvironment({ MIMALLOC_PURGE_DELAY: undefined }).MIMALLOC_PURGE_DELAY).toBe("0");
  });

  it("is what npm run build runs next build with", () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    expect(scripts.build).toBe("node scripts/build.mjs");
    expect(readFileSync(path.join(root, "scripts/build.mjs"), "utf8")).toContain(
      "env: buildEnvironment(process.env)",
    );
  });
});
