import { expect, request as playwrightRequest, test } from "@playwright/test";
import { liveServer } from "./servers";

/**
 * Cache-Control as the production server sends it, for a CDN in front of it
 * (policy in lib/http/cache-headers.ts).
 */

const pageCache = /^public, max-age=0, s-maxage=30, stale-while-revalidate=\d+$/;

async function cacheControl(response: { headers(): Record<string, string> }) {
  return response.headers()["cache-control"] ?? "";
}

test.describe("caching headers", () => {
  test("prerendered pages, feeds and sitemaps are public for shared caches", async ({
    request,
  }) => {
    for (const url of [
      "/",
      "/articles/venezuelan-soldiers-desert-posts",
      "/sections/europe",
      "/feed.xml",
      "/sitemap.xml",
      "/sitemaps/sitemap/0.xml",
    ]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await cacheControl(response), url).toMatch(pageCache);
    }
  });

  test("hashed static assets are immutable", async ({ request }) => {
    const html = await (await request.get("/articles/venezuelan-soldiers-desert-posts")).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] ?? "",
    );
    // The stylesheet: reading pages load no framework script.
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(await cacheControl(response), asset).toBe("public, max-age=31536000, immutable");
    }
  });

  test("the server encodes an optimized image once and answers repeats from its cache", async ({
    request,
  }) => {
    // A width no other test asks for, so the first request is this test's own.
    const url = "/_next/image?url=%2Fimages%2Farticles%2Fvenezuela-border-guard.jpg&w=828&q=75";
    for (const accept of ["image/avif,image/webp,*/*", "image/webp,*/*"]) {
      const first = await request.get(url, { headers: { accept } });
      expect(first.status(), accept).toBe(200);
      const second = await request.get(url, { headers: { accept } });
      expect(second.status(), accept).toBe(200);
      expect(second.headers()["x-nextjs-cache"], accept).toBe("HIT");
      expect(second.headers()["content-type"], accept).toBe(first.headers()["content-type"]);
      expect(await second.body(), accept).toEqual(await first.body());
    }
    // A query string after the file name would make a new encode and a new
    // cache entry per variant: refused (images.localPatterns).
    const variant = await request.get(url.replace("jpg&", "jpg%3Fv%3D1&"));
    expect(variant.status()).toBe(400);
  });

  test("the 404 page is cached briefly, wherever the unknown URL points", async ({ request }) => {
    for (const url of ["/no-such-page", "/a/b/c", "/articles/a/b", "/articles/%E0%A4%A"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text(), url).toContain("Page not found");
      expect(await cacheControl(response), url).toBe("public, max-age=0, s-maxage=60");
    }
  });

  test("draft previews are never cached publicly", async () => {
    const live = await playwrightRequest.newContext({ baseURL: liveServer.baseUrl });
    const secret = liveServer.previewSecret;
    const slug = "venezuelan-soldiers-desert-posts";
    const preview = await live.get(`/preview?secret=${secret}&slug=${slug}`, { maxRedirects: 0 });
    expect(preview.status()).toBe(307);
    // The draft-mode cookie is `Secure`; send it explicitly over plain HTTP.
    const cookie = (preview.headers()["set-cookie"] ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^__prerender_bypass=/);
    const response = await live.get(`/articles/${slug}`, { headers: { cookie } });
    expect(response.status()).toBe(200);
    const header = await cacheControl(response);
    expect(header).toContain("private");
    expect(header).not.toContain("public");
    await live.dispose();
  });
});
