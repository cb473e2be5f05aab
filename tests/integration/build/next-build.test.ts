import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNextBuild } from "@/lib/build/next-build";

describe("runNextBuild", () => {
  it("runs the project's next binary with the build's memory settings, arguments passed on", () => {
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
