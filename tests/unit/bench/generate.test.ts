import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArchive, syntheticArticle } from "@/bench/lib/generate";

const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-generate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generateArchive", () => {
  it("writes articles that name authors by id, and a file for every author named", () => {
    generateArchive(dir, 20);
    const authorIds = readdirSync(path.join(dir, "authors")).map((name) =>
      name.replace(/\.md$/, ""),
    );
    const named = readdirSync(path.join(dir, "articles")).map(
      (name) => /^author: (.+)$/m.exec(readFileSync(path.join(dir, "articles", name), "utf8"))?.[1],
    );
    expect(named).toHaveLength(20);
    for (const id of named) expect(authorIds).toContain(id);
  });
});

describe("syntheticArticle", () => {
  it("publishes even the 50,000th article before 2026, so no size of the bench has scheduled articles", () => {
    const published = /^publishedAt: (.+)$/m.exec(syntheticArticle(49_999))?.[1];
    expect(Date.parse(published ?? "")).toBeLessThan(Date.parse("2026-01-01T00:00:00Z"));
  });
});
