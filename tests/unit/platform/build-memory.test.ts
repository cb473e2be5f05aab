import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNextBuild } from "@/lib/build/next-build";
import { buildMemoryEnvironment } from "@/lib/platform/build-memory";

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

  it("runs the project's next binary with it, arguments passed on", () => {
    // A stand-in for node_modules/next/dist/bin/next that writes what it was given.
    const root = mkdtempSync(path.join(tmpdir(), "dateline-next-build-"));
    try {
      const bin = path.join(root, "node_modules", "next", "dist", "bin");
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        path.join(bin, "next"),
        `require("node:fs").writeFileSync("seen.json", JSON.stringify({ args: process.argv.slice(2), env: process.env }));`,
      );
      const result = runNextBuild(root, { SITE_URL: "https://example.org" }, ["--debug"]);
      expect(result.status).toBe(0);
      const seen = JSON.parse(readFileSync(path.join(root, "seen.json"), "utf8"));
      expect(seen.args).toEqual(["build", "--debug"]);
      expect(seen.env).toMatchObject({
        MIMALLOC_PURGE_DELAY: "0",
        SITE_URL: "https://example.org",
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
