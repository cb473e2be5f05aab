import path from "node:path";
import { imageSizeFromFile } from "image-size/fromFile";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL } from "@/lib/config";
import { absoluteUrl, createSiteConfig, site } from "@/lib/site";
import { findSection, sections } from "@/lib/sections";

describe("site", () => {
  it("builds absolute URLs on the configured origin", () => {
    expect(absoluteUrl("/articles/x")).toBe(`${site.origin}/articles/x`);
    expect(absoluteUrl("/articles/x", "https://news.example")).toBe(
      "https://news.example/articles/x",
    );
  });

  it("takes its origin from SITE_URL, keeping only scheme, host and port", () => {
    expect(createSiteConfig("https://news.example/some/path/").origin).toBe("https://news.example");
    expect(createSiteConfig("http://127.0.0.1:8080").origin).toBe("http://127.0.0.1:8080");
  });

  it("falls back to the local origin when SITE_URL is unset or empty", () => {
    expect(createSiteConfig(undefined).origin).toBe(DEFAULT_SITE_URL);
    expect(createSiteConfig("").origin).toBe(DEFAULT_SITE_URL);
  });

  it("refuses a SITE_URL that is not an absolute http(s) URL, naming it", () => {
    expect(() => createSiteConfig("news.example")).toThrow(/SITE_URL.*"news\.example"/);
    expect(() => createSiteConfig("ftp://news.example")).toThrow(/SITE_URL.*http/);
  });

  it.each([
    ["publisher logo", site.publisher.logo],
    ["default social image", site.defaultSocialImage],
  ])("the %s file exists in public/ with the configured size", async (_name, image) => {
    const size = await imageSizeFromFile(path.join(process.cwd(), "public", image.src));
    expect({ width: size.width, height: size.height }).toEqual({
      width: image.width,
      height: image.height,
    });
    expect(image.alt.length).toBeGreaterThan(0);
  });

  it("the logo is at least 112 pixels each way (Google's minimum for organization logos)", () => {
    expect(site.publisher.logo.width).toBeGreaterThanOrEqual(112);
    expect(site.publisher.logo.height).toBeGreaterThanOrEqual(112);
  });
});

describe("sections", () => {
  it("finds a section by slug and nothing for an unknown one", () => {
    expect(findSection("americas")?.name).toBe("Americas");
    expect(findSection("nowhere")).toBeUndefined();
  });

  it("has unique slugs", () => {
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
  });
});
