import { expect, test } from "@playwright/test";
import { gzipSize } from "../../bench/lib/gzip";

/** The sample live page: the sample story's day told as updates; its coverage has ended. */
const livePath = "/live/venezuela-border-aid-live";
const HTML_CSS_BUDGET = 10_000;

test("the sample live page reads as a finished live page, complete without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(livePath);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByText(/^Coverage ended at/)).toBeVisible();
  await expect(page.locator(".live-label")).toHaveCount(0);
  const keyEvents = page.getByRole("navigation", { name: "Key events" });
  const links = keyEvents.getByRole("link");
  expect(await links.count()).toBeGreaterThan(2);
  // A key event lands on its update.
  const href = (await links.first().getAttribute("href")) ?? "";
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const id = href.split("#")[1] ?? "";
  await expect(page.locator(`article#${id}`)).toBeVisible();
  // Each update is a headed article with a machine-readable time.
  const updates = page.locator("article.live-update");
  expect(await updates.count()).toBe(11);
  for (const update of await updates.all()) {
    await expect(update.getByRole("heading", { level: 3 })).toHaveCount(1);
    await expect(update.locator("time[datetime]")).toHaveCount(1);
  }
  // Newest first, under the pinned update.
  await expect(page.locator(".live-update--pinned")).toContainText("More than 100 guards");
  await expect(page.locator(".live-timeline article.live-update").first()).toContainText(
    "Coverage ends",
  );
  await context.close();
});

test("the sample live page's structured data is a LiveBlogPosting with its updates", async ({
  request,
}) => {
  const html = await (await request.get(livePath)).text();
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "{}";
  const graph = JSON.parse(json)["@graph"] as Record<string, unknown>[];
  const posting = graph.find((node) => node["@type"] === "LiveBlogPosting");
  expect(posting).toMatchObject({
    coverageStartTime: "2019-02-23T06:30:00-05:00",
    coverageEndTime: "2019-02-24T20:00:00-05:00",
  });
  const updates = posting?.liveBlogUpdate as Record<string, unknown>[];
  expect(updates).toHaveLength(11);
  for (const update of updates) {
    expect(update["@type"]).toBe("BlogPosting");
    expect(String(update.url)).toMatch(/\/live\/venezuela-border-aid-live#update-\d{8}-\d{6}$/);
    expect(typeof update.headline).toBe("string");
    expect(String(update.datePublished)).toMatch(/^2019-02-2[34]T/);
  }
});

test("the live page keeps the article page's weight budget", async ({ request }) => {
  const response = await request.get(livePath);
  const html = await response.body();
  const css = [...html.toString().matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map(
    (m) => m[1],
  );
  let bytes = gzipSize(html);
  for (const href of css) bytes += gzipSize(await (await request.get(href ?? "")).body());
  test.info().annotations.push({ type: "live html+css gzip", description: String(bytes) });
  expect(bytes).toBeLessThanOrEqual(HTML_CSS_BUDGET);
});

test("feeds and sitemaps know the live page once, at its own address", async ({ request }) => {
  const feed = await (await request.get("/atom.xml")).text();
  expect(feed.match(/\/live\/venezuela-border-aid-live</g)?.length ?? 0).toBeGreaterThan(0);
  expect(feed).not.toContain("/articles/venezuela-border-aid-live");
  const liveFeed = await request.get(`${livePath}/atom.xml`);
  expect(liveFeed.status()).toBe(200);
  expect((await liveFeed.text()).match(/<entry>/g)).toHaveLength(11);
  const sitemap = await (await request.get("/sitemaps/sitemap/0.xml")).text();
  expect(sitemap).toContain(`/live/venezuela-border-aid-live</loc>`);
  expect(sitemap).toMatch(/venezuela-border-aid-live<\/loc>\s*<lastmod>2019-02-2[45]T/);
  const updates = await request.get(`${livePath}/updates.json`);
  expect(updates.status()).toBe(200);
  expect((await updates.json()).running).toBe(false);
  expect((await request.get("/live/no-such-live-page")).status()).toBe(404);
  // An article that is not live is at its own address.
  const moved = await request.get("/live/night-trains-return", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toBe("/articles/night-trains-return");
});
