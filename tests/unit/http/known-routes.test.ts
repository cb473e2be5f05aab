import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isKnownRoute } from "@/lib/http/known-routes";

const appDir = path.resolve("app");

/** A URL for every page.tsx and route.ts under app/, with "sample" for each [param]. */
function appRouteSamples(): string[] {
  const files = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((file) =>
    /(^|\/)(page\.tsx|route\.ts)$/.test(file),
  );
  return files
    .map((file) => path.dirname(file))
    .filter((dir) => !dir.includes("[..."))
    .map((dir) => (dir === "." ? "/" : `/${dir.replaceAll(/\[[^\]]+\]/g, "sample")}`));
}

describe("isKnownRoute", () => {
  it("knows every page and route in app/", () => {
    const samples = appRouteSamples();
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((sample) => !isKnownRoute(sample))).toEqual([]);
  });

  // Listing pages and trailing-slash forms; then paths that end in a file
  // name, or a generated image's name, which are left to Next.js.
  it.each([
    "/sections/europe/page/2",
    "/tags/brazil/page/3",
    "/articles/a-story/",
    "/feed.xml",
    "/sitemaps/sitemap/0.xml",
    "/images/a/b.jpg",
    "/x.php",
    "/icon",
    "/apple-icon",
    "/articles/a-story/opengraph-image",
    "/twitter-image2",
  ])("lets %s through", (known) => {
    expect(isKnownRoute(known)).toBe(true);
  });

  it.each([
    "/no-such-page",
    "/a/b/c",
    "/articles",
    "/articles/a/b",
    "/sections/europe/page",
    "/sections/europe/page/2/3",
    "/newsletter",
    "/newsletter/unsubscribe/other",
    "/wp-admin/",
  ])("rejects %s, a path of no route's shape", (unknown) => {
    expect(isKnownRoute(unknown)).toBe(false);
  });
});
