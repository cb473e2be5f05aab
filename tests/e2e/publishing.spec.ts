import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { frameworkRuntimeIn } from "../support/framework-runtime";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { liveServer } from "./servers";

/**
 * Editors' workflow on a running production server, without a rebuild. The
 * live server serves a scratch copy of content/ (tests/e2e/servers.ts) that
 * these tests edit.
 */
const baseURL = liveServer.baseUrl;
const articlesDir = liveServer.articlesDir;
const secret = liveServer.previewSecret;

/** The revalidation window (30 s) plus the content rescan (5 s), with margin. */
const LIVE_WITHIN_MS = 60_000;

test.use({ baseURL });
test.describe.configure({ timeout: 180_000 });

async function template(): Promise<string> {
  return readFile(path.join(articlesDir, "night-trains-return.md"), "utf8");
}

function offsetIso(msFromNow: number): string {
  return new Date(Date.now() + msFromNow).toISOString().replace(/\.\d{3}Z$/, "Z");
}

async function writeArticle(slug: string, fields: Record<string, string>) {
  let text = await template();
  for (const [field, value] of Object.entries(fields)) {
    const line = new RegExp(`^${field}:.*$`, "m");
    text = line.test(text)
      ? text.replace(line, `${field}: ${value}`)
      : text.replace(/^image:/m, `${field}: ${value}\nimage:`);
  }
  await writeFile(path.join(articlesDir, `${slug}.md`), text);
}

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

async function frontPage(request: APIRequestContext): Promise<string> {
  return (await request.get("/")).text();
}

test("a new article goes live on its page and the front page without a rebuild", async ({
  request,
}) => {
  const title = "Harbour cranes return to work after repairs";
  await writeArticle("harbour-cranes-return", { title, publishedAt: offsetIso(-60_000) });
  // The first 200 is the page rendered on that request: it too comes without the runtime.
  let firstRender = "";
  await expect
    .poll(
      async () => {
        const response = await request.get("/articles/harbour-cranes-return");
        if (response.status() === 200) firstRender = await response.text();
        return response.status();
      },
      { timeout: LIVE_WITHIN_MS, intervals: [2_000] },
    )
    .toBe(200);
  expect(firstRender).toContain(title);
  expect(frameworkRuntimeIn(firstRender)).toEqual([]);
  await expect
    .poll(() => frontPage(request), { timeout: LIVE_WITHIN_MS, intervals: [3_000] })
    .toContain(title);
  // The front page as regenerated in the background.
  expect(frameworkRuntimeIn(await frontPage(request))).toEqual([]);
  await expect
    .poll(async () => (await request.get("/feed.xml")).text(), {
      timeout: LIVE_WITHIN_MS,
      intervals: [3_000],
    })
    .toContain(title);
});

test("a new tag and a new author get their pages, and the story is searchable, without a rebuild", async ({
  request,
}) => {
  const title = "Glassblowers of Torvik reopen the old furnace";
  expect(await status(request, "/tags/glassblowing")).toBe(404);
  expect(await status(request, "/authors/ines-kovac")).toBe(404);
  await writeFile(
    path.join(liveServer.authorsDir, "ines-kovac.md"),
    "---\nname: Ines Kovac\nrole: Culture reporter\nbio: Writes about crafts and the people who keep them alive.\n---\n",
  );
  await writeArticle("torvik-glassblowers-furnace", {
    title,
    author: "ines-kovac",
    tags: "[glassblowing, crafts]",
    publishedAt: offsetIso(-60_000),
  });
  for (const url of ["/tags/glassblowing", "/authors/ines-kovac"]) {
    await expect
      .poll(() => status(request, url), { timeout: LIVE_WITHIN_MS, intervals: [3_000] })
      .toBe(200);
    expect(await (await request.get(url)).text(), url).toContain(title);
  }
  await expect
    .poll(async () => (await request.get("/search?q=glassblowers")).text(), {
      timeout: LIVE_WITHIN_MS,
      intervals: [3_000],
    })
    .toContain("Torvik");
  expect(await status(request, "/tags/no-such-craft")).toBe(404);
});

test("a scheduled article is absent before its time and appears after it", async ({ request }) => {
  const title = "Lighthouse keepers mark the longest night";
  // Far enough ahead that a busy machine still checks before the time comes.
  await writeArticle("lighthouse-keepers-longest-night", { title, publishedAt: offsetIso(45_000) });
  await new Promise((resolve) => setTimeout(resolve, 7_000));
  expect(await status(request, "/articles/lighthouse-keepers-longest-night")).toBe(404);
  expect(await frontPage(request)).not.toContain(title);
  await expect
    .poll(() => status(request, "/articles/lighthouse-keepers-longest-night"), {
      timeout: 120_000,
      intervals: [3_000],
    })
    .toBe(200);
  await expect
    .poll(() => frontPage(request), { timeout: LIVE_WITHIN_MS, intervals: [3_000] })
    .toContain(title);
});

test("an expired article disappears: 410 Gone, with the full page in the HTML", async ({
  request,
}) => {
  await writeArticle("festival-tickets-on-sale", {
    title: "Festival tickets go on sale",
    publishedAt: offsetIso(-3_600_000),
    expiresAt: offsetIso(75_000),
  });
  await expect
    .poll(() => status(request, "/articles/festival-tickets-on-sale"), {
      timeout: LIVE_WITHIN_MS,
      intervals: [2_000],
    })
    .toBe(200);
  await expect
    .poll(() => status(request, "/articles/festival-tickets-on-sale"), {
      timeout: 120_000,
      intervals: [3_000],
    })
    .toBe(410);
  const gone = await request.get("/articles/festival-tickets-on-sale");
  const html = await gone.text();
  expect(html).toContain("<h1>Page not found</h1>");
  expect(html).toContain("no longer available");
  expect(html).not.toContain("Festival tickets go on sale");
});

test("a withdrawn article: 410 Gone with the full page, and off the front page", async ({
  request,
}) => {
  const title = "Ferry timetable changes for the winter";
  await writeArticle("ferry-winter-timetable", { title, publishedAt: offsetIso(-3_600_000) });
  await expect
    .poll(() => status(request, "/articles/ferry-winter-timetable"), {
      timeout: LIVE_WITHIN_MS,
      intervals: [2_000],
    })
    .toBe(200);
  await writeArticle("ferry-winter-timetable", {
    title,
    publishedAt: offsetIso(-3_600_000),
    withdrawn: "true",
  });
  await expect
    .poll(() => status(request, "/articles/ferry-winter-timetable"), {
      timeout: LIVE_WITHIN_MS,
      intervals: [2_000],
    })
    .toBe(410);
  const html = await (await request.get("/articles/ferry-winter-timetable")).text();
  expect(html).toContain("no longer available");
  expect(html).not.toContain(title);
  await expect
    .poll(() => frontPage(request), { timeout: LIVE_WITHIN_MS, intervals: [3_000] })
    .not.toContain(title);
});

test("a broken file never takes the site down; the last good version stays", async ({
  request,
}) => {
  const file = path.join(articlesDir, "lake-amara-solar-clinics.md");
  const good = await readFile(file, "utf8");
  await writeFile(file, good.replace(/^publishedAt: .*$/m, "publishedAt: sometime last week"));
  await writeFile(path.join(articlesDir, "new-but-broken.md"), "---\ntitle: Only a title\n---\n");
  // Past a revalidation window, every page is still served.
  await new Promise((resolve) => setTimeout(resolve, 40_000));
  for (const url of ["/", "/articles/lake-amara-solar-clinics", "/sections/africa"]) {
    await request.get(url);
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const article = await request.get("/articles/lake-amara-solar-clinics");
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(
    "Solar power lets rural clinics around Lake Amara open after dark",
  );
  expect((await request.get("/")).status()).toBe(200);
  expect(await status(request, "/articles/new-but-broken")).toBe(404);
});

test("a renamed article's old address redirects permanently to the new one", async ({
  request,
}) => {
  await writeArticle("ferry-timetable-extended", {
    title: "Ferry timetable extended into spring",
    publishedAt: offsetIso(-60_000),
    aliases: "[ferry-timetable-old-name]",
  });
  await expect
    .poll(() => status(request, "/articles/ferry-timetable-extended"), {
      timeout: LIVE_WITHIN_MS,
      intervals: [2_000],
    })
    .toBe(200);
  const old = await request.get("/articles/ferry-timetable-old-name", { maxRedirects: 0 });
  expect(old.status(), await old.text()).toBe(308);
  expect(old.headers()["location"], JSON.stringify(old.headers())).toMatch(
    /\/articles\/ferry-timetable-extended$/,
  );
});

test.describe("draft preview", () => {
  test.beforeAll(async () => {
    await writeArticle("embargoed-budget-story", {
      title: "Budget plans embargoed until noon",
      publishedAt: offsetIso(-60_000),
      draft: "true",
    });
  });

  test("needs the right secret, and drafts stay unpublished", async ({ page, request }) => {
    const wrong = await request.get("/preview?secret=guess&slug=embargoed-budget-story", {
      maxRedirects: 0,
    });
    expect(wrong.status()).toBe(401);
    expect(wrong.headers()["set-cookie"]).toBeUndefined();

    // No waiting for the rescan: a preview shows the file as saved.
    await page.goto(`/preview?secret=${secret}&slug=embargoed-budget-story`);
    await expect(page).toHaveURL(/\/articles\/embargoed-budget-story$/);
    // The first status region is the banner (the article also has the Copy link status).
    await expect(page.getByRole("status").first()).toContainText("Draft preview");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Budget plans embargoed until noon",
    );

    await page.getByRole("link", { name: "Leave preview" }).click();
    const after = await page.goto("/articles/embargoed-budget-story");
    expect(after?.status()).toBe(404);
    for (const url of [
      "/",
      "/feed.xml",
      "/atom.xml",
      "/feed.json",
      "/news-sitemap.xml",
      "/sitemaps/sitemap/0.xml",
    ]) {
      const body = await (await request.get(url)).text();
      expect(body, url).not.toContain("embargoed-budget-story");
      expect(body, url).not.toContain("Budget plans embargoed");
    }
  });
});

test.describe("live coverage on a running server", () => {
  const slug = "harbour-strike-live";
  const file = path.join(articlesDir, `${slug}.md`);
  const header = (publishedAt: string) => `---
title: "Live: harbour strike enters its second day"
summary: Updates from the harbour as dock workers stay out for a second day and talks resume.
section: europe
author: mara-lindqvist
publishedAt: ${publishedAt}
live: true
image:
  src: /images/articles/night-train.jpg
  alt: A night train standing at a platform under station lights.
  caption: A stand-in photo for the harbour strike live page.
  credit: Dateline
---

Dock workers at the harbour are on strike for a second day.
`;
  const update = (at: string, headline: string, text: string) =>
    `\n--- update\nat: ${at}\nheadline: ${headline}\n---\n${text}\n`;

  test("an update saved to the file appears: with JavaScript as new updates, without after a reload", async ({
    browser,
    request,
  }) => {
    const start = offsetIso(-3_600_000);
    const first = update(offsetIso(-1_800_000), "Pickets at the gates", "Pickets formed at dawn.");
    await writeFile(file, header(start) + first);
    await expect
      .poll(() => status(request, `/live/${slug}`), { timeout: LIVE_WITHIN_MS, intervals: [2_000] })
      .toBe(200);
    // The article address of a live page sends readers to its own.
    const moved = await request.get(`/articles/${slug}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()["location"]).toBe(`/live/${slug}`);
    // LIVE on the front page while coverage runs.
    await expect
      .poll(() => frontPage(request), { timeout: LIVE_WITHIN_MS, intervals: [3_000] })
      .toContain("Live: harbour strike enters its second day");
    expect(await frontPage(request)).toMatch(/class="live-label"/);

    const withScript = await browser.newContext({ baseURL });
    const reader = await withScript.newPage();
    await reader.goto(`/live/${slug}`);
    await expect(reader.locator("article.live-update")).toHaveCount(1);
    const loads = await reader.evaluate(() => performance.getEntriesByType("navigation").length);
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const plainReader = await noScript.newPage();
    await plainReader.goto(`/live/${slug}`);
    await expect(
      plainReader.getByRole("link", { name: "Reload this page for the latest updates" }),
    ).toBeVisible();

    await writeFile(
      file,
      header(start) +
        first +
        update(offsetIso(-60_000), "Talks resume at noon", "Both sides met again."),
    );
    const button = reader.getByRole("button", { name: "1 new update" });
    await expect(button).toBeVisible({ timeout: 75_000 });
    await button.click();
    const updates = reader.locator("article.live-update");
    await expect(updates).toHaveCount(2);
    await expect(updates.first()).toContainText("Talks resume at noon");
    await expect(updates.first()).toBeFocused();
    // Shown in place: still the same page load.
    expect(await reader.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(
      loads,
    );
    expect(new URL(reader.url()).pathname).toBe(`/live/${slug}`);

    await plainReader
      .getByRole("link", { name: "Reload this page for the latest updates" })
      .click();
    await expect(plainReader.locator("article.live-update").first()).toContainText(
      "Talks resume at noon",
    );
    await withScript.close();
    await noScript.close();
  });

  test("a draft live page is previewed at its /live address with its updates, and hidden from readers", async ({
    page,
    request,
  }) => {
    const draftSlug = "harbour-strike-draft-live";
    const draftFile = path.join(articlesDir, `${draftSlug}.md`);
    await writeFile(
      draftFile,
      header(offsetIso(-3_600_000)).replace("live: true", "live: true\ndraft: true") +
        update(offsetIso(-600_000), "Embargoed picket news", "Only the draft says this."),
    );
    // No waiting for the rescan: a preview shows the file as saved.
    await page.goto(`/preview?secret=${secret}&slug=${draftSlug}`);
    await expect(page).toHaveURL(new RegExp(`/live/${draftSlug}$`));
    await expect(page.getByRole("status").first()).toContainText("Draft preview");
    await expect(page.locator("article.live-update").first()).toContainText(
      "Embargoed picket news",
    );
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    await page.getByRole("link", { name: "Leave preview" }).click();
    // The server has loaded the draft by now: readers still never see it.
    for (const url of [`/live/${draftSlug}`, `/live/${draftSlug}/updates.json`]) {
      expect(await status(request, url), url).toBe(404);
    }
    expect((await page.goto(`/live/${draftSlug}`))?.status()).toBe(404);
    expect(await frontPage(request)).not.toContain("Embargoed picket news");
  });

  test("a long live page goes on over pages of 20, and a key event's link lands on the older page", async ({
    page,
    request,
  }) => {
    const longSlug = "harbour-strike-long-live";
    let text = header(offsetIso(-3_600_000)).replace(
      "Live: harbour strike enters its second day",
      "Live: harbour strike, the long day",
    );
    for (let n = 1; n <= 25; n += 1) {
      const block = update(offsetIso(-(30 - n) * 60_000), `Update number ${n}`, `Text ${n}.`);
      text += n === 3 ? block.replace("headline:", "key: true\nheadline:") : block;
    }
    await writeFile(path.join(articlesDir, `${longSlug}.md`), text);
    await expect
      .poll(() => status(request, `/live/${longSlug}`), {
        timeout: LIVE_WITHIN_MS,
        intervals: [2_000],
      })
      .toBe(200);

    await page.goto(`/live/${longSlug}`);
    const updates = page.locator("article.live-update");
    await expect(updates).toHaveCount(20);
    await expect(updates.first()).toContainText("Update number 25");
    await expect(updates.last()).toContainText("Update number 6");
    const keyEvent = page
      .getByRole("navigation", { name: "Key events" })
      .getByRole("link", { name: /Update number 3/ });
    const href = (await keyEvent.getAttribute("href")) ?? "";
    expect(href).toMatch(new RegExp(`^/live/${longSlug}/page/2#update-`));
    await keyEvent.click();
    await expect(page).toHaveURL(new RegExp(`/live/${longSlug}/page/2#update-`));
    const target = page.locator(`[id="${href.split("#")[1]}"]`);
    await expect(target).toContainText("Update number 3");
    await expect(target).toBeInViewport();
    await expect(updates).toHaveCount(5);
    await expect(
      page.getByRole("heading", { level: 2, name: "Updates, page 2 of 2" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Newer updates" }).click();
    await expect(page).toHaveURL(new RegExp(`/live/${longSlug}$`));
    await expect(page.getByRole("link", { name: "Older updates" })).toHaveAttribute(
      "href",
      `/live/${longSlug}/page/2`,
    );
    expect(await status(request, `/live/${longSlug}/page/3`)).toBe(404);
    expect(await status(request, `/live/${longSlug}/page/1`)).toBe(308);
  });
});
