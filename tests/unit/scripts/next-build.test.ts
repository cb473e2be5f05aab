import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnvironment, runNextBuild } from "@/scripts/next-build.mjs";

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
    expect(readFileSync(path.join(root, "scripts/build.mjs"), "utf8")).toContain("runNextBuild(");
  });

  it("runs the project's next binary with it, arguments passed on", () => {
    // A stand-in for node_modules/next/dist/bin/next that writes what it was given.
    const root = mkdtempSync(path.join(tmpdir(), "dateline-next-build-"));
    try {
      const bin = path.join(root, "node_modules", "next", "dist", "bin");
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        path.join(bin, "next"),
        `require("node:fs").writeFileSync("seen.json", JSON.stringify({ args: process.argv.slice(2), delay: process.env.MIMALLOC_PURGE_DELAY, site: process.env.SITE_URL }));`,
      );
      const result = runNextBuild(root, { SITE_URL: "https://example.org" }, ["--debug"]);
      expect(result.status).toBe(0);
      expect(JSON.parse(readFileSync(path.join(root, "seen.json"), "utf8"))).toEqual({
        args: ["build", "--debug"],
        delay: "0",
        site: "https://example.org",
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
