// `npm run test:e2e`: a production build for the browser tests' origin, then
// Playwright. The servers the tests start serve http://127.0.0.1:E2E_PORT, and
// the build must be made for that origin too (canonical links, feeds, email
// links), or prerendered and regenerated pages would disagree.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordBuiltSiteUrl } from "./build-stamp.mjs";
import { runNextBuild } from "./next-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_URL: process.env.SITE_URL || `http://127.0.0.1:${port}`,
};

function exitUnlessDone(result) {
  if (result.status !== 0) process.exit(result.status ?? 1);
}

exitUnlessDone(runNextBuild(root, env));
recordBuiltSiteUrl(root, env.SITE_URL);
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
