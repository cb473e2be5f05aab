import { expect, test } from "@playwright/test";

const articlePath = "/articles/venezuelan-soldiers-desert-posts";

test.describe("the article page", () => {
  test("shows headline, photo with captioned credit, subheadings and the signup block", async ({
    page,
  }) => {
    const response = await page.goto(articlePath);
    expect(response?.status()).toBe(200);

    const headline = page.getByRole("heading", { level: 1 });
    await expect(headline).toHaveCount(1);
    await expect(headline).toHaveText(
      "More than 100 Venezuelan soldiers cross into Colombia after border clashes",
    );

    const figure = page.locator("article figure");
    const photo = figure.getByRole("img");
    await expect(photo).toHaveAttribute("alt", /uniformed guards/);
    await expect(photo).toHaveJSProperty("complete", true);
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(figure.locator("figcaption")).toContainText(
      "Pacaraima, Brazil, on 24 February 2019",
    );
    await expect(figure.locator("figcaption")).toContainText(/Illustration by Dateline Graphics$/);

    await expect(
      page.getByRole("heading", { level: 2, name: "Aid at the centre of the standoff" }),
    ).toBeVisible();
    await expect(page.locator("time").first()).toHaveAttribute(
      "datetime",
      "2019-02-24T18:05:00+01:00",
    );
    await expect(page.getByText("Published 24 February 2019, 18:05 CET")).toBeVisible();

    const signup = page.getByRole("region", { name: "Daily news brief" });
    await expect(signup).toContainText("Receive essential international news every morning");
    await expect(signup.getByLabel("Email address")).toBeVisible();
    await expect(signup.getByRole("button", { name: "Subscribe" })).toBeVisible();
  });

  test("the photo keeps its space while it loads (no layout shift)", async ({ page }) => {
    await page.goto(articlePath);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              total += (entry as PerformanceEntry & { value: number }).value;
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  test("the first Tab reaches the skip link and Enter moves focus into main", async ({
    page,
    browserName,
  }) => {
    test.info().annotations.push({ type: "browser", description: browserName });
    await page.goto(articlePath);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab lands inside main, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  test("is complete without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Venezuelan soldiers");
    await expect(page.getByText("shocked and saddened", { exact: false })).toBeVisible();
    await expect(page.locator("article figure img")).toBeVisible();
    await context.close();
  });
});

test.describe("home page", () => {
  test("lists the newest stories first and links through to the article", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Dateline/);
    const headlines = page.locator("main article :is(h2, h3)");
    expect(await headlines.count()).toBeGreaterThanOrEqual(6);
    const dates = await page
      .locator("main :is(.lead-story, .front__band) time")
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute("datetime") ?? "")));
    expect(dates.length).toBeGreaterThanOrEqual(5);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    await page.getByRole("link", { name: /Venezuelan soldiers cross into Colombia/ }).click();
    // Client-side navigation fetches the page first: allow for a busy shared machine.
    await expect(page).toHaveURL(/\/articles\/venezuelan-soldiers-desert-posts$/, {
      timeout: 20_000,
    });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Venezuelan soldiers");
  });

  test("the header links to each section", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Americas" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Americas");
    await expect(page.getByRole("link", { name: /Venezuelan soldiers/ })).toBeVisible();
  });

  test("serves an icon", async ({ request }) => {
    expect((await request.get("/favicon.ico")).status()).toBe(200);
  });
});

test.describe("unknown URLs", () => {
  for (const path of [
    "/articles/no-such-story",
    "/no/such/page",
    "/articles/..%2F..%2Fetc%2Fpasswd",
    `/articles/${"a".repeat(300)}`,
    "/articles/%E0%A4%A",
    "/sections/nowhere",
    "/sitemaps/sitemap/99.xml",
    "/sitemaps/sitemap/%E0%A4%A.xml",
    "/feed.xml/extra",
  ]) {
    test(`${path.slice(0, 60)} answers 404 with the Page not found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByText("does not exist or is no longer available")).toBeVisible();
      await expect(page.getByRole("link", { name: /front page/ })).toHaveAttribute("href", "/");
      expect(await page.content()).not.toMatch(/at \S+ \(\S+:\d+:\d+\)/);
    });
  }

  // Whatever names nothing reaches the prerendered 404 page through proxy.ts, so
  // its text is in the HTML itself (lib/platform/README.md, "Unknown URLs").
  for (const path of [
    "/no/such/page",
    "/articles/a/b",
    "/feed.xml/extra",
    "/articles/no-such-story",
    "/sections/nowhere",
    "/sections/europe/page/99",
    "/tags/zzz-none",
    "/authors/nobody",
    "/authors/nobody/page/2",
    "/newsletter/briefs/2001-01-01",
    // File names no route or file serves, and Next's internal RSC output names,
    // reach the 404 page through the front door (lib/platform/front-door.ts).
    "/x.php",
    "/wp-login.php",
    "/images/no-such-photo.jpg",
    "/x.segment.rsc",
    "/articles/night-trains-return.segments/_tree.segment.rsc",
  ]) {
    test(`${path} shows the Page not found page without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: /front page/ })).toBeVisible();
      await context.close();
    });
  }
});
