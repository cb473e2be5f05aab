import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  matchRoute,
  listingPagePath,
  matchesRoute,
  pathTo,
  LIVE_REGENERATE_SECONDS,
  REGENERATE_SECONDS,
  routes,
  urlTo,
} from "@/lib/routes";
import { projectRoot, sourceFiles } from "@/tests/support/source-files";

/** The app/ file that serves a pattern: `:name` segments are `[name]` folders. */
function appFileOf(pattern: string): string {
  const special: Record<string, string> = {
    "/sitemaps/sitemap/:id.xml": "app/sitemaps/sitemap.ts",
    "/robots.txt": "app/robots.ts",
    "/404": "app/not-found.tsx",
  };
  const known = special[pattern];
  if (known) return known;
  const dir = path.join("app", pattern.replaceAll(/:([a-z]+)/gi, "[$1]"));
  const page = path.join(dir, "page.tsx");
  return existsSync(path.join(projectRoot, page)) ? page : path.join(dir, "route.ts");
}

/** Every page.tsx and route.ts under app/ but the catch-all. */
function appRouteFiles(): string[] {
  return readdirSync(path.join(projectRoot, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file) && !file.includes("[..."))
    .map((file) => path.join("app", file))
    .sort();
}

describe("the route table", () => {
  it("names a file of app/ for every route, and a route for every file of app/", () => {
    const served = routes.map((route) => appFileOf(route.pattern));
    for (const file of served) expect(existsSync(path.join(projectRoot, file)), file).toBe(true);
    expect(appRouteFiles().filter((file) => !served.includes(file))).toEqual([]);
  });

  it("builds paths and absolute URLs from parameters and queries", () => {
    expect(pathTo("home")).toBe("/");
    expect(pathTo("article", { slug: "a-story" })).toBe("/articles/a-story");
    expect(pathTo("tagPage", { tag: "rail", page: 3 })).toBe("/tags/rail/page/3");
    expect(pathTo("sitemap", { id: 0 })).toBe("/sitemaps/sitemap/0.xml");
    expect(pathTo("confirm", {}, { token: "a b&c" })).toBe("/newsletter/confirm?token=a+b%26c");
    expect(urlTo("https://news.example", "author", { author: "mara" })).toBe(
      "https://news.example/authors/mara",
    );
    expect(listingPagePath("section", "europe", 1)).toBe("/sections/europe");
    expect(listingPagePath("author", "mara", 2)).toBe("/authors/mara/page/2");
  });

  it.each([
    "/",
    "/sections/europe/page/2",
    "/tags/brazil/page/3",
    "/articles/a-story/",
    "/feed.xml",
    "/sitemaps/sitemap/0.xml",
    "/newsletter/unsubscribe/one-click",
    "/preview/exit",
  ])("knows the shape of %s", (known) => {
    expect(matchesRoute(known)).toBe(true);
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
    "/sitemaps/sitemap/0.xmlx",
  ])("knows %s is of no route's shape", (unknown) => {
    expect(matchesRoute(unknown)).toBe(false);
  });

  // Next.js reads segment config from the route file itself and refuses a value
  // imported or re-exported from elsewhere ("It mustn't be reexported"): each
  // prerendered route writes the number, and this test holds it to the table's.
  it("regenerates every prerendered route every REGENERATE_SECONDS, live ones every LIVE_REGENERATE_SECONDS, and no other", () => {
    const pageFiles = routes
      .filter((route) => route.cache === "page")
      .map((route) => appFileOf(route.pattern));
    for (const file of pageFiles) {
      expect(readFileSync(path.join(projectRoot, file), "utf8"), file).toContain(
        `export const revalidate = ${REGENERATE_SECONDS};`,
      );
    }
    // Live pages and what they serve, every LIVE_REGENERATE_SECONDS.
    const liveFiles = routes
      .filter((route) => route.cache === "live")
      .map((route) => appFileOf(route.pattern));
    expect(liveFiles.length).toBe(4);
    for (const file of liveFiles) {
      expect(readFileSync(path.join(projectRoot, file), "utf8"), file).toContain(
        `export const revalidate = ${LIVE_REGENERATE_SECONDS};`,
      );
    }
    const others = appRouteFiles().filter(
      (file) => !pageFiles.includes(file) && !liveFiles.includes(file),
    );
    for (const file of others) {
      expect(readFileSync(path.join(projectRoot, file), "utf8"), file).not.toMatch(
        /export const revalidate/,
      );
    }
  });

  it("is the only place a site path is written", () => {
    const firstSegments = routes
      .map((route) => route.pattern.split("/")[1] ?? "")
      .filter((segment) => segment !== "" && !segment.startsWith(":"));
    const literal = new RegExp(
      `["'\`]/(?:${[...new Set(firstSegments)].map((s) => s.replaceAll(".", "\\\\.")).join("|")})\\b|href=["']/["']|href: ["']/["']|(?:redirect|new URL)\\(["']/["']`,
    );
    const offenders: string[] = [];
    for (const file of sourceFiles(["app", "components", "lib"]).concat(["proxy.ts"])) {
      // lib/config.ts documents variables, some of which name a path.
      if (file === "lib/routes.ts" || file === "lib/config.ts") continue;
      readFileSync(path.join(projectRoot, file), "utf8")
        .split("\n")
        .forEach((line, index) => {
          // Comments may name a path to say what a file is about.
          const code = line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, "");
          if (literal.test(code)) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe("matchRoute", () => {
  it("names the route of a request path and decodes its parameters", () => {
    expect(matchRoute("/")).toMatchObject({ name: "home", params: {} });
    expect(matchRoute("/articles/night-trains-return")).toMatchObject({
      name: "article",
      params: { slug: "night-trains-return" },
    });
    expect(matchRoute("/sections/europe/page/2/")).toMatchObject({
      name: "sectionPage",
      params: { section: "europe", page: "2" },
    });
    expect(matchRoute("/tags/caf%C3%A9")).toMatchObject({ name: "tag", params: { tag: "café" } });
    expect(matchRoute("/sitemaps/sitemap/0.xml")).toMatchObject({
      name: "sitemap",
      params: { id: "0" },
    });
  });

  it("says which methods a route takes", () => {
    expect(matchRoute("/articles/night-trains-return")?.accepts).toBe("read");
    expect(matchRoute("/newsletter/confirm")?.accepts).toBe("form");
    expect(matchRoute("/newsletter/subscribe")?.accepts).toBe("post");
    expect(matchRoute("/newsletter/unsubscribe/one-click")?.accepts).toBe("post");
  });

  it("matches nothing for paths of no route's shape or broken encoding", () => {
    expect(matchRoute("/articles/a/b")).toBeUndefined();
    expect(matchRoute("/no/such/page")).toBeUndefined();
    expect(matchRoute("/articles/%E0%A4%A")).toBeUndefined();
  });
});
