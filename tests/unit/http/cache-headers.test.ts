import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheHeaderRules,
  PAGE_CACHE_CONTROL,
  PAGE_SOURCES,
  REVALIDATE_SECONDS,
  SHORT_CACHE_CONTROL,
  SHORT_CACHE_SOURCE,
} from "@/lib/http/cache-headers";

const root = path.resolve(import.meta.dirname, "../../..");

/** The route file that serves each page source. */
const routeFiles: Record<(typeof PAGE_SOURCES)[number], string> = {
  "/": "app/page.tsx",
  "/articles/:slug": "app/articles/[slug]/page.tsx",
  "/sections/:section": "app/sections/[section]/page.tsx",
  "/sections/:section/page/:page": "app/sections/[section]/page/[page]/page.tsx",
  "/tags/:tag": "app/tags/[tag]/page.tsx",
  "/tags/:tag/page/:page": "app/tags/[tag]/page/[page]/page.tsx",
  "/authors/:author": "app/authors/[author]/page.tsx",
  "/authors/:author/page/:page": "app/authors/[author]/page/[page]/page.tsx",
  "/feed.xml": "app/feed.xml/route.ts",
  "/atom.xml": "app/atom.xml/route.ts",
  "/feed.json": "app/feed.json/route.ts",
  "/sitemap.xml": "app/sitemap.xml/route.ts",
  "/news-sitemap.xml": "app/news-sitemap.xml/route.ts",
  "/sitemaps/:path*": "app/sitemaps/sitemap.ts",
};

describe("cache headers", () => {
  it("promise a CDN no longer a lifetime than each route's own revalidate", () => {
    for (const source of PAGE_SOURCES) {
      const code = readFileSync(path.join(root, routeFiles[source]), "utf8");
      expect(code, source).toContain(`export const revalidate = ${REVALIDATE_SECONDS};`);
    }
    expect(PAGE_CACHE_CONTROL).toMatch(
      /^public, max-age=0, s-maxage=30, stale-while-revalidate=\d+$/,
    );
  });

  it("leave Next's own files and the per-request endpoints alone", () => {
    const short = new RegExp(`^${SHORT_CACHE_SOURCE}$`);
    for (const p of ["/nope", "/a/b", "/robots.txt", "/images/articles/x.jpg", "/articles/x/y"]) {
      expect(short.test(p), p).toBe(true);
    }
    for (const p of [
      "/_next/static/chunks/a.js",
      "/_next/image",
      "/newsletter/subscribe",
      "/preview",
      "/preview/exit",
      "/healthz",
    ]) {
      expect(short.test(p), p).toBe(false);
    }
  });

  it("never apply to draft-mode previews, and let page rules override the short default", () => {
    const rules = cacheHeaderRules();
    for (const rule of rules)
      expect(rule.missing).toEqual([{ type: "cookie", key: "__prerender_bypass" }]);
    expect(rules[0]?.headers).toEqual([{ key: "Cache-Control", value: SHORT_CACHE_CONTROL }]);
    expect(rules.slice(1).map((rule) => rule.source)).toEqual([...PAGE_SOURCES]);
  });
});
