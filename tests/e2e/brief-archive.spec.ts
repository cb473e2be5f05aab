import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eData } from "./servers";

const root = path.resolve(import.meta.dirname, "../..");
const date = "2026-11-25";

/** Stores a sent edition in the server's database through the store API (see the script). */
function seedEdition(origin: string): { stories: { headline: string; url: string }[] } {
  const output = execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "--conditions=react-server",
      path.join(root, "tests", "support", "seed-brief-edition.ts"),
      e2eData.db,
      origin,
      date,
    ],
    { cwd: root, encoding: "utf8" },
  );
  return JSON.parse(output) as { stories: { headline: string; url: string }[] };
}

test.describe("Daily news brief archive", () => {
  test("lists the sent edition and shows it as a page with the same stories", async ({
    page,
    baseURL,
  }) => {
    // Seeding starts a tsx process: slow on a busy machine.
    test.setTimeout(120_000);
    const edition = seedEdition(baseURL!);
    const lead = edition.stories[0]!;

    await page.goto("/newsletter/briefs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Daily news brief: past editions",
    );
    await page.getByRole("link", { name: "25 November 2026" }).click();

    await expect(page).toHaveURL(new RegExp(`/newsletter/briefs/${date}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Daily news brief, 25 November 2026",
    );
    const headlines = page.getByRole("heading", { level: 2 });
    await expect(headlines).toHaveText(edition.stories.map((story) => story.headline));
    await expect(page.getByRole("link", { name: lead.headline })).toHaveAttribute(
      "href",
      new URL(lead.url).pathname,
    );
    const photo = page.getByRole("main").getByRole("img").first();
    await expect(photo).toBeVisible();
    await expect(photo).toHaveJSProperty("complete", true);
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  for (const unknown of ["2020-01-01", "2026-02-30", "latest"]) {
    test(`/newsletter/briefs/${unknown} answers 404`, async ({ page }) => {
      const response = await page.goto(`/newsletter/briefs/${unknown}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    });
  }
});
