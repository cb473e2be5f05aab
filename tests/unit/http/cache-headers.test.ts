import { describe, expect, it } from "vitest";
import {
  cacheHeaderRules,
  LIVE_SOURCES,
  PAGE_CACHE_CONTROL,
  PAGE_SOURCES,
  SHORT_CACHE_CONTROL,
  SHORT_CACHE_SOURCE,
} from "@/lib/http/cache-headers";
import { REGENERATE_SECONDS, routes } from "@/lib/routes";

describe("cache headers", () => {
  it("promise a CDN the regeneration lifetime of the prerendered routes, and only those", () => {
    expect(PAGE_SOURCES).toEqual(
      routes.filter((route) => route.cache === "page").map((route) => route.pattern),
    );
    expect(PAGE_SOURCES).toContain("/articles/:slug");
    expect(PAGE_CACHE_CONTROL).toBe(
      `public, max-age=0, s-maxage=${REGENERATE_SECONDS}, stale-while-revalidate=86400`,
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
    expect(rules.slice(1).map((rule) => rule.source)).toEqual([...PAGE_SOURCES, ...LIVE_SOURCES]);
    const live = rules.filter((rule) => LIVE_SOURCES.includes(rule.source));
    expect(live.map((rule) => rule.headers)).toEqual(
      LIVE_SOURCES.map(() => [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=10" }]),
    );
  });
});
