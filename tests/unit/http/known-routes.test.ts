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

  it("knows the listing pages and the trailing-slash forms", () => {
    for (const known of ["/sections/europe/page/2", "/tags/brazil/page/3", "/articles/a-story/"]) {
      expect(isKnownRoute(known), known).toBe(true);
    }
  });

  it("leaves paths that end in a file name, or a generated image's name, to Next.js", () => {
    for (const file of [
      "/feed.xml",
      "/sitemaps/sitemap/0.xml",
      "/images/a/b.jpg",
      "/x.php",
      "/icon",
      "/apple-icon",
      "/articles/a-story/opengraph-image",
      "/twitter-image2",
    ]) {
      expect(isKnownRoute(file), file).toBe(true);
    }
  });

  it("rejects paths of no route's shape", () => {
    for (const unknown of [
      "/no-such-page",
      "/a/b/c",
      "/articles",
      "/articles/a/b",
      "/sections/europe/page",
      "/sections/europe/page/2/3",
      "/newsletter",
      "/newsletter/unsubscribe/other",
      "/wp-admin/",
    ]) {
      expect(isKnownRoute(unknown), unknown).toBe(false);
    }
  });
});
