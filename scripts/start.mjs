// `npm start`: builds the site when there is no production build or when the
// sources changed since the last one, then serves it with the standalone
// server (`node .next/standalone/server.js`, what a deployment runs) on PORT
// (default 3000). It reads content/ and keeps data/ in this folder, not in
// copies inside the bundle, so edits go live and subscribers survive rebuilds.
import { spawn } from "node:child_process";
import path from "node:path";
import { builtSiteUrl, recordBuiltSiteUrl, siteUrlOf } from "./build-stamp.mjs";
import { staleBuildReason } from "./build-state.mjs";
import { runNextBuild } from "./next-build.mjs";
import { completeStandalone } from "./standalone.mjs";

const root = path.resolve(import.meta.dirname, "..");

function needsBuild() {
  const stale = staleBuildReason(root);
  if (stale) return stale;
  if (builtSiteUrl(root) !== siteUrlOf(process.env))
    return `the build is not for ${siteUrlOf(process.env)}`;
  return undefined;
}

const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const reason = needsBuild();
if (reason) {
  console.log(`Building the site (${reason})...`);
  const build = runNextBuild(root, env);
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuiltSiteUrl(root, siteUrlOf(process.env));
}
// Always: public/ and content/ may have changed without a rebuild being needed.
const bundle = completeStandalone(root, ".next");

const server = spawn(process.execPath, [path.join(bundle, "server.js")], {
  // server.js changes into its own folder; relative paths below would land in the bundle.
  cwd: bundle,
  stdio: "inherit",
  env: {
    ...env,
    PORT: process.env.PORT ?? "3000",
    // server.js listens on HOSTNAME, which shells and containers often set to
    // the machine's name; `npm start` listens on every interface, as `next start` did.
    HOSTNAME: "0.0.0.0",
    CONTENT_DIR: path.resolve(process.env.CONTENT_DIR ?? path.join(root, "content")),
    NEWSLETTER_DB: path.resolve(
      process.env.NEWSLETTER_DB ?? path.join(root, "data", "newsletter.db"),
    ),
    NEWSLETTER_OUTBOX: path.resolve(
      process.env.NEWSLETTER_OUTBOX ?? path.join(root, "data", "outbox"),
    ),
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
