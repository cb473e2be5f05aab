import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** WCAG 2.2 AA, as the issue asks: every rule tagged with these. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const pages = [
  { name: "front page", path: "/", status: 200 },
  { name: "article", path: "/articles/night-trains-return", status: 200 },
  { name: "section page", path: "/sections/europe", status: 200 },
  { name: "tag page", path: "/tags/climate", status: 200 },
  { name: "author page", path: "/authors/mara-lindqvist", status: 200 },
  { name: "search results", path: "/search?q=ferry", status: 200 },
  { name: "search without results", path: "/search?q=zzzzqqq", status: 200 },
  { name: "404 page", path: "/sections/nowhere", status: 404 },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    // axe checks the contrast of every text node; on a busy shared machine that takes a while.
    test.describe.configure({ timeout: 120_000 });
    for (const { name, path, status } of pages) {
      test(`${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        // The colour scheme really applies: the page background follows it.
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor,
        );
        expect(background).toBe(colorScheme === "dark" ? "rgb(20, 22, 26)" : "rgb(255, 255, 255)");
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(" ")).join("\n  ")}`,
        );
        expect(summary, summary.join("\n")).toEqual([]);
        // axe ran real checks on a real page, contrast included.
        expect(results.passes.length).toBeGreaterThan(10);
        expect([...results.passes, ...results.incomplete].map((rule) => rule.id)).toContain(
          "color-contrast",
        );
      });
    }
  });
}

test("landmarks: header, labelled navigation, main and footer on every page type", async ({
  page,
}) => {
  for (const { path } of pages) {
    await page.goto(path);
    await expect(page.getByRole("banner"), path).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Sections" }), path).toHaveCount(1);
    await expect(page.getByRole("main"), path).toHaveCount(1);
    await expect(page.getByRole("contentinfo"), path).toHaveCount(1);
    await expect(page.getByRole("search").first(), path).toBeVisible();
  }
});
