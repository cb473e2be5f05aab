import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/source-files";

/**
 * The layer rules of eslint.config.mjs, run on deliberate violations: each
 * import below, written in a file of that layer, must fail `npm run lint`;
 * the allowed ones must not.
 */
const eslint = new ESLint({ cwd: projectRoot });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, {
    filePath: path.join(projectRoot, file),
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith("no-restricted-imports"))
    .map((message) => message.message);
}

const violations: [file: string, source: string, why: RegExp][] = [
  ["lib/site-violation.ts", 'export * from "@/components/site/SiteHeader";', /never imports app/],
  ["lib/pages/violation.ts", 'export * from "../../app/layout";', /never imports app/],
  ["lib/content/violation.ts", 'export * from "../listing/listing";', /flows out of lib\/content/],
  ["lib/content/violation.ts", 'export * from "@/lib/pages/article";', /flows out/],
  ["lib/seo/violation.ts", 'export * from "@/lib/content/store";', /take articles/],
  ["lib/search/violation.ts", 'export * from "../content/store";', /take articles/],
  ["lib/listing/violation.ts", 'export * from "../search/search-cache";', /side by side/],
  ["lib/seo/violation.ts", 'export * from "@/lib/listing/pagination";', /side by side/],
  ["app/violation/page.tsx", 'export * from "@/lib/content/store";', /page model/],
  ["app/violation/page.tsx", 'export * from "@/lib/routes";', /page model/],
  ["app/violation/page.tsx", 'export * from "node:fs";', /lib\//],
  ["components/Violation.tsx", 'export * from "@/lib/content/store";', /as props/],
  ["components/Violation.tsx", 'export * from "@/lib/newsletter/sqlite";', /as props/],
  ["components/Violation.tsx", 'export * from "better-sqlite3";', /through lib/],
  ["components/Violation.tsx", 'export * from "node:fs/promises";', /lib\//],
  ["components/Violation.tsx", 'export { articlePage } from "@/lib/pages/article";', /types/],
];

const allowed: [file: string, source: string][] = [
  ["lib/seo/allowed.ts", 'export type { Article } from "@/lib/content/schema";'],
  ["lib/pages/allowed.ts", 'export * from "@/lib/content/store";'],
  ["app/allowed/page.tsx", 'export * from "@/lib/pages/article";'],
  ["app/allowed/page.tsx", 'export * from "@/components/site/SiteHeader";'],
  ["components/Allowed.tsx", 'export type { ArticlePageModel } from "@/lib/pages/article";'],
];

describe("the layer rules (eslint.config.mjs)", () => {
  it.each(violations)("fail %s importing: %s", async (file, source, why) => {
    const errors = await layerErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(why);
  });

  it.each(allowed)("let %s import: %s", async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
