import { expect, test } from "@playwright/test";
import { gzipSize } from "../../bench/lib/gzip";
import { ISLAND_SCRIPTS } from "../../lib/islands";

/**
 * Reading pages ship no framework runtime (lib/platform/README.md, "Pages
 * without the framework runtime"): on every kind of reading page the HTML has
 * no Next.js script and no inline RSC payload, the only scripts are our own
 * (at most 3 KB gzip together), the page's content is all there, and the
 * strict Content-Security-Policy (`script-src 'self'`) reports nothing.
 */
const READING_PAGES = [
  { kind: "front page", path: "/", status: 200, text: "Dateline" },
  { kind: "article", path: "/articles/night-trains-return", status: 200, text: "Night trains" },
  { kind: "section", path: "/sections/europe", status: 200, text: "Europe" },
  { kind: "tag", path: "/tags/climate", status: 200, text: "climate" },
  { kind: "author", path: "/authors/mara-lindqvist", status: 200, text: "Mara Lindqvist" },
  {
    kind: "a later listing page",
    path: "/authors/mara-lindqvist/page/2",
    status: 200,
    text: "Mara Lindqvist, page 2",
  },
  {
    kind: "live page",
    path: "/live/venezuela-border-aid-live",
    status: 200,
    text: "Coverage ended at",
  },
  { kind: "search", path: "/search?q=ferry", status: 200, text: "ferry" },
  { kind: "brief archive", path: "/newsletter/briefs", status: 200, text: "brief" },
  { kind: "signup page", path: "/newsletter/signup", status: 200, text: "Daily news brief" },
  { kind: "404 page", path: "/sections/nowhere", status: 404, text: "Page not found" },
  { kind: "404 of a file name", path: "/x.php", status: 404, text: "Page not found" },
] as const;

const OUR_SCRIPTS_BUDGET = 3 * 1024;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>/gi;

for (const { kind, path, status, text } of READING_PAGES) {
  test(`${kind} (${path}): complete HTML with no framework runtime`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(html.toLowerCase()).toContain(text.toLowerCase());
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html).not.toMatch(/<link[^>]+as="script"/);
    // Inline scripts: only data blocks (JSON-LD), which never run.
    const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "");
    expect(inline.every((attributes) => /type="application\/ld\+json"/.test(attributes))).toBe(
      true,
    );
    // Every script file is one of ours, and together they stay tiny.
    const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
    const ours: string[] = Object.values(ISLAND_SCRIPTS);
    expect(sources.every((src) => src !== undefined && ours.includes(src))).toBe(true);
    let bytes = 0;
    for (const src of new Set(sources)) {
      bytes += gzipSize(await (await request.get(src ?? "")).body());
    }
    expect(bytes).toBeLessThanOrEqual(OUR_SCRIPTS_BUDGET);
  });

  test(`${kind} (${path}): no Content-Security-Policy violation in the browser`, async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(status);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test("our scripts together stay within 3 KB gzip", async ({ request }) => {
  let bytes = 0;
  for (const src of Object.values(ISLAND_SCRIPTS)) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()["content-type"], src).toMatch(/javascript/);
    bytes += gzipSize(await response.body());
  }
  test.info().annotations.push({ type: "our scripts gzip", description: String(bytes) });
  expect(bytes).toBeLessThanOrEqual(OUR_SCRIPTS_BUDGET);
});

test("links between reading pages are plain full page loads", async ({ page }) => {
  await page.goto("/");
  const navigations: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(new URL(frame.url()).pathname);
  });
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Europe" })
    .click();
  await expect(page).toHaveURL(/\/sections\/europe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Europe");
  expect(navigations).toEqual(["/sections/europe"]);
  expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
  expect(
    await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.name ?? ""),
  ).toMatch(/\/sections\/europe$/);
});
