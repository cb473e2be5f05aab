import { describe, expect, it } from "vitest";
import { robotsRules } from "@/lib/seo/robots";
import { testSite } from "../../support/seo";

describe("robotsRules", () => {
  it("allows every crawler everywhere and points to both sitemaps", () => {
    expect(robotsRules(testSite)).toEqual({
      rules: [{ userAgent: "*", allow: "/" }],
      sitemap: ["https://news.example/sitemap.xml", "https://news.example/news-sitemap.xml"],
    });
  });
});
