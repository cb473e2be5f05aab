import { expect, test, type Response } from "@playwright/test";
import { imageSize } from "image-size";
import { gzipSize } from "../../bench/lib/gzip";
import { ISLAND_SCRIPTS } from "../../lib/islands";

/**
 * Page-weight budgets of the article page (sizes and counts only, never times):
 * HTML + CSS within 10,000 bytes gzip (inside one TCP initial window of
 * 14,600), the only JavaScript our own small scripts, nothing from another
 * origin, and images in modern formats sized for their slot.
 */

const articlePath = "/articles/venezuelan-soldiers-desert-posts";
const HTML_CSS_BUDGET = 10_000;
const OUR_JS_BUDGET = 3 * 1024;
/** How far an image's pixel width may stray from its slot's device pixels. */
const SIZE_FACTOR = 2;

type Loaded = { url: string; type: string; status: number; contentType: string; body: Buffer };

test("the article page stays within its weight budgets", async ({ page, baseURL }) => {
  const pending: Promise<Loaded | undefined>[] = [];
  page.on("response", (response: Response) => {
    pending.push(
      (async () => {
        const status = response.status();
        // Redirects have no body to weigh.
        const body = status >= 300 && status < 400 ? Buffer.alloc(0) : await response.body();
        return {
          url: response.url(),
          type: response.request().resourceType(),
          status,
          contentType: response.headers()["content-type"] ?? "",
          body,
        };
      })().catch(() => undefined),
    );
  });
  await page.goto(articlePath, { waitUntil: "networkidle" });
  // Lazy images further down (related stories) load once the reader scrolls to them.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() =>
    Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0),
  );
  await page.waitForLoadState("networkidle");
  const loaded = (await Promise.all(pending)).filter((entry) => entry !== undefined);

  const origin = new URL(baseURL ?? "").origin;
  const foreign = loaded.filter(
    (entry) => !entry.url.startsWith("data:") && new URL(entry.url).origin !== origin,
  );
  expect(foreign.map((entry) => entry.url)).toEqual([]);

  const sum = (entries: Loaded[]) =>
    entries.reduce((total, entry) => total + gzipSize(entry.body), 0);
  const documents = loaded.filter((entry) => entry.type === "document");
  const stylesheets = loaded.filter((entry) => entry.type === "stylesheet");
  expect(documents).toHaveLength(1);
  expect(stylesheets.length).toBeGreaterThan(0);
  const htmlCss = sum(documents) + sum(stylesheets);
  test.info().annotations.push({ type: "html+css gzip", description: String(htmlCss) });
  expect(htmlCss).toBeLessThanOrEqual(HTML_CSS_BUDGET);

  // The only scripts are ours: the signup form's and Copy link's.
  const scripts = loaded.filter((entry) => entry.type === "script");
  expect(scripts.map((entry) => new URL(entry.url).pathname).sort()).toEqual(
    [ISLAND_SCRIPTS.copyLink, ISLAND_SCRIPTS.signup].sort(),
  );
  const ourJs = sum(scripts);
  test.info().annotations.push({ type: "js gzip", description: String(ourJs) });
  expect(ourJs).toBeLessThanOrEqual(OUR_JS_BUDGET);

  const images = await page.locator("img").evaluateAll((elements) =>
    (elements as HTMLImageElement[]).map((img) => ({
      src: img.currentSrc,
      width: img.getAttribute("width"),
      height: img.getAttribute("height"),
      renderedWidth: img.getBoundingClientRect().width,
    })),
  );
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(Number(image.width), image.src).toBeGreaterThan(0);
    expect(Number(image.height), image.src).toBeGreaterThan(0);
    const response = loaded.find((entry) => entry.url === image.src);
    expect(response?.contentType, image.src).toMatch(/^image\/(avif|webp)$/);
    // The file's own pixels (naturalWidth is scaled by the srcset density, so it cannot tell).
    const pixels = imageSize(response?.body ?? Buffer.alloc(0)).width;
    const slot = image.renderedWidth * dpr;
    // Never more than twice the pixels the slot shows; never much less, unless the original is that small.
    expect(pixels, image.src).toBeLessThanOrEqual(slot * SIZE_FACTOR);
    expect(pixels, image.src).toBeGreaterThanOrEqual(
      Math.min(slot, Number(image.width)) / SIZE_FACTOR,
    );
  }
});

for (const pagePath of ["/", "/sections/americas", articlePath]) {
  test(`${pagePath} fetches no data for the pages it links to`, async ({ page }) => {
    // Next's router asks for a page's data with an RSC header; links that
    // prefetched would ask for every linked page as it scrolled into view.
    const dataRequests: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["rsc"] !== undefined) dataRequests.push(request.url());
    });
    await page.goto(pagePath, { waitUntil: "networkidle" });
    const links = await page.locator('a[href^="/"]').count();
    expect(links).toBeGreaterThan(5);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(dataRequests).toEqual([]);
  });
}
