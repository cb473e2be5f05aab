import { chromium } from "@playwright/test";
import * as constants from "lighthouse/core/config/constants.js";

type Preset = "mobile" | "desktop";

/**
 * Loads a page once in the browser Lighthouse is about to use, with the same
 * screen as the preset, and scrolls to its end, so the server has already
 * made the image files that screen asks for.
 *
 * Why: the first request for each image size makes the image optimizer encode
 * AVIF, about a second each here. A news site's CDN and image cache hold those
 * files after the first reader; without this, Lighthouse would count that
 * one-time encoding as every reader's wait for the lead photo. Lighthouse
 * still clears the browser's own cache before it measures.
 */
export async function warmPage(cdpPort: number, url: string, preset: Preset): Promise<void> {
  const screen = constants.screenEmulationMetrics[preset];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const context = await browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.mobile,
      userAgent: constants.userAgents[preset],
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    await context.close();
  } finally {
    // Disconnects only: the browser belongs to the caller.
    await browser.close();
  }
}
