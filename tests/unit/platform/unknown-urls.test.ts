import { describe, expect, it } from "vitest";
import { isUnknownUrl } from "@/lib/platform/unknown-urls";

describe("isUnknownUrl", () => {
  it.each(["/", "/articles/a-story", "/sections/europe/page/2", "/articles/a-story/", "/404"])(
    "lets %s, a route's shape, through",
    (known) => {
      expect(isUnknownUrl(known)).toBe(false);
    },
  );

  // Paths that end in a file name, or a generated image's name, are Next.js's to answer.
  it.each([
    "/feed.xml",
    "/sitemaps/sitemap/0.xml",
    "/images/a/b.jpg",
    "/x.php",
    "/icon",
    "/apple-icon",
    "/articles/a-story/opengraph-image",
    "/twitter-image2",
  ])("leaves %s to Next.js", (file) => {
    expect(isUnknownUrl(file)).toBe(false);
  });

  it.each(["/no-such-page", "/a/b/c", "/articles", "/newsletter", "/wp-admin/"])(
    "sends %s, a path of no route's shape, to the 404 page",
    (unknown) => {
      expect(isUnknownUrl(unknown)).toBe(true);
    },
  );

  it("sends paths whose percent-encoding is broken to the 404 page", () => {
    expect(isUnknownUrl("/articles/%E0%A4%A")).toBe(true);
    expect(isUnknownUrl("/sitemaps/sitemap/%E0%A4%A.xml")).toBe(true);
  });
});
