import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { readSettings, type Env } from "@/lib/config";

const INSTALL_HINT =
  "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) " +
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.";

/**
 * The browser the end-to-end tests drive: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else a browser Playwright downloaded itself. Without one
 * the test run fails here with instructions; it never skips.
 */
export function findChromium(env: Env = process.env): string {
  const given = readSettings(env).CHROMIUM_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new Error(`CHROMIUM_PATH is ${given}, which does not exist. ${INSTALL_HINT}`);
  }
  for (const candidate of ["/usr/bin/chromium", playwrightOwnChromium()]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(INSTALL_HINT);
}

function playwrightOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
