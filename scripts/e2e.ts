// `npm run test:e2e`: a production build for the browser tests' origin, then
// Playwright. The servers the tests start serve http://127.0.0.1:E2E_PORT, and
// the build is made for that origin whatever SITE_URL says (canonical links,
// feeds, email links), or prerendered and regenerated pages would disagree.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordBuiltSiteUrl } from "../lib/build/build-state";
import { runNextBuild } from "../lib/build/next-build";
import { completeStandalone } from "../lib/build/standalone";
import { readSettings } from "../lib/config";

const root = path.resolve(import.meta.dirname, "..");
const siteUrl = `http://127.0.0.1:${readSettings(process.env).E2E_PORT}`;
// A small prerender window, so that most of the sample articles are archived:
// the browser tests then meet both kinds, prerendered and rendered on first
// request (tests/e2e/server/archive.spec.ts compares the two).
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_URL: siteUrl,
  PRERENDER_ARTICLES: "8",
};

function exitUnlessDone(result: { status: number | null }) {
  if (result.status !== 0) process.exit(result.status ?? 1);
}

exitUnlessDone(runNextBuild(root, env));
recordBuiltSiteUrl(root, siteUrl);
completeStandalone(root, ".next");
exitUnlessDone(
  spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "@playwright", "test", "cli.js"),
      "test",
      ...process.argv.slice(2),
    ],
    { cwd: root, stdio: "inherit", env },
  ),
);
