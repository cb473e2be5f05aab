import { expect, test, type Page } from "@playwright/test";

async function datesOf(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute("datetime") ?? "")));
}

test.describe("the reader's journey", () => {
  test("front page > section > article > related article > tag > author", async ({ page }) => {
    await page.goto("/");
    // Lead story with a large photo, headline and standfirst.
    const lead = page.locator(".lead-story");
    await expect(lead.getByRole("heading", { level: 2 })).toHaveText(
      "Castelmar opens its oldest bridge to walkers and cyclists only",
    );
    await expect(lead.getByRole("img")).toHaveAttribute("alt", /arched stone bridge/);
    await expect(lead).toContainText("has closed the Vell bridge to cars for good");
    await expect(page.getByRole("heading", { level: 2, name: "Top stories" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Daily news brief" })).toBeVisible();
    const frontDates = await datesOf(page, "main .lead-story time, main .front__band time");
    expect(frontDates).toEqual([...frontDates].sort((a, b) => b - a));

    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Europe" })
      .click();
    await expect(page).toHaveURL(/\/sections\/europe$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Europe");
    await expect(page.getByText("Politics, society and economics across Europe.")).toBeVisible();
    const sectionDates = await datesOf(page, "main article time");
    expect(sectionDates.length).toBeGreaterThanOrEqual(5);
    expect(sectionDates).toEqual([...sectionDates].sort((a, b) => b - a));

    await page
      .getByRole("link", { name: "Night trains return between Lorvia and Castelmar" })
      .click();
    await expect(page).toHaveURL(/\/articles\/night-trains-return$/);
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(breadcrumb.getByRole("link")).toHaveText(["Home", "Europe"]);
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();

    const related = page.getByRole("region", { name: "More on this story" });
    const relatedLinks = related.getByRole("heading", { level: 3 }).getByRole("link");
    expect(await relatedLinks.count()).toBeGreaterThanOrEqual(3);
    await expect(relatedLinks).not.toContainText([/Night trains return/]);
    // Most shared tags first: the four-day week story shares "rail" and "transport".
    await expect(relatedLinks.first()).toHaveText(/four-day week|night buses/);
    await relatedLinks.first().click();
    await expect(page).toHaveURL(/\/articles\/(lorvia-rail-four-day-week|castelmar-night-buses)$/);

    await page
      .getByRole("navigation", { name: "Topics" })
      .getByRole("link", { name: "Rail" })
      .click();
    await expect(page).toHaveURL(/\/tags\/rail$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rail");
    await expect(page.getByRole("link", { name: /Night trains return/ })).toBeVisible();

    await page.getByRole("link", { name: /Night trains return/ }).click();
    await page.locator(".byline").getByRole("link", { name: "Mara Lindqvist" }).click();
    await expect(page).toHaveURL(/\/authors\/mara-lindqvist$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mara Lindqvist");
    await expect(page.getByText("Europe correspondent")).toBeVisible();
    await expect(page.getByText(/covers transport, local politics/)).toBeVisible();
  });

  test("listings are paginated with static URLs and rel prev/next", async ({ page }) => {
    await page.goto("/authors/mara-lindqvist");
    await expect(page.locator("main article")).toHaveCount(6);
    await expect(page.locator('link[rel="next"]')).toHaveAttribute(
      "href",
      "/authors/mara-lindqvist/page/2",
    );
    await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
    await page
      .getByRole("navigation", { name: "Pages" })
      .getByRole("link", { name: /Older/ })
      .click();
    await expect(page).toHaveURL(/\/authors\/mara-lindqvist\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mara Lindqvist, page 2");
    await expect(page.locator("main article")).toHaveCount(1);
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute(
      "href",
      "/authors/mara-lindqvist",
    );
    await expect(page.locator('link[rel="next"]')).toHaveCount(0);
    await expect(page).toHaveTitle("Mara Lindqvist, page 2 | Dateline");
  });

  test("page 1 has one address: /page/1 redirects to the listing", async ({ request }) => {
    const response = await request.get("/sections/europe/page/1", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/sections\/europe$/);
  });

  test("the article shares through plain links; Copy link is the only script-driven control", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/articles/night-trains-return");
    const share = page.getByRole("region", { name: "Share this story" });
    const hrefs = await share
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.map((href) => new URL(href).protocol)).toEqual([
      "mailto:",
      "https:",
      "https:",
      "https:",
      "https:",
    ]);
    expect(hrefs.join(" ")).toContain(encodeURIComponent("/articles/night-trains-return"));
    // No framework scripts and no third-party ones: only our own, from this site.
    const sources = await page
      .locator("script[src]")
      .evaluateAll((scripts) => scripts.map((script) => script.getAttribute("src")));
    expect(sources.every((src) => src?.startsWith("/scripts/"))).toBe(true);
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(share.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/articles\/night-trains-return$/,
    );
  });
});

test.describe("search", () => {
  test("with JavaScript: the header form finds stories, headline matches first, terms marked", async ({
    page,
  }) => {
    await page.goto("/");
    const form = page.getByRole("banner").getByRole("search");
    await form.getByLabel("Search Dateline").fill("ferry");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=ferry$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    const titles = page.locator(".search-result__title");
    expect(await titles.count()).toBeGreaterThanOrEqual(2);
    await expect(titles.first()).toContainText(/ferr/i);
    await expect(titles.first().locator("mark").first()).toHaveText(/^ferr/i);
    await expect(page.getByRole("status")).toContainText("found for “ferry”");
  });

  test("without JavaScript: the plain GET form still works", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sections/science");
    const form = page.getByRole("banner").getByRole("search");
    await form.getByLabel("Search Dateline").fill("coral reef");
    await form.getByLabel("Search Dateline").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=coral\+reef$/);
    await expect(page.locator(".search-result__title").first()).toContainText("coral");
    await context.close();
  });

  test("empty and no-result states help the reader on", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText(/Type a word or two/)).toBeVisible();
    await page.goto("/search?q=xylophonequartz");
    await expect(page.getByText("No stories found for “xylophonequartz”.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Science" })).toBeVisible();
  });

  test("hostile and overlong queries are harmless and escaped", async ({ page }) => {
    const hostile = '<img src=x onerror="window.__hacked=1">ferry';
    const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    expect(
      await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked),
    ).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    await expect(page.getByRole("search").last().getByRole("searchbox")).toHaveValue(hostile);
    for (const query of ["%", "\\", "((", "*", '"', "a".repeat(5000)]) {
      const result = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(result?.status(), query).toBe(200);
    }
    await expect(page.getByRole("search").last().getByRole("searchbox")).toHaveValue(
      "a".repeat(200),
    );
  });

  test("is never indexed", async ({ request }) => {
    const html = await (await request.get("/search?q=rail")).text();
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  });
});

test.describe("unknown listings answer 404", () => {
  for (const path of [
    "/sections/nowhere",
    "/sections/europe/page/2",
    "/sections/europe/page/0",
    "/sections/europe/page/02",
    "/sections/europe/page/x",
    "/tags/no-such-tag",
    "/tags/rail/page/2",
    "/tags/%E0%A4%A",
    "/authors/nobody-here",
    "/authors/mara-lindqvist/page/3",
    "/authors/mara-lindqvist/page/999999999",
  ]) {
    test(`${path} is the Page not found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    });
  }
});
