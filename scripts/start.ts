// `npm start`: builds the site when there is no production build or when the
// sources or SITE_URL changed since the last one, then serves it with the
// standalone server (`node .next/standalone/dateline-server.cjs`, what a deployment
// runs) on PORT (default 3000). It reads content/ and keeps data/ in this
// folder, not in copies inside the bundle, so edits go live and subscribers
// survive rebuilds.
import { spawn } from "node:child_process";
import path from "node:path";
import { recordBuiltSiteUrl, staleBuildReason } from "../lib/build/build-state";
import { runNextBuild } from "../lib/build/next-build";
import { completeStandalone, standaloneServer } from "../lib/build/standalone";
import { readSettings, SettingsError, type Settings } from "../lib/config";

const root = path.resolve(import.meta.dirname, "..");

/** The environment's settings; a bad one is the operator's to fix, so it is named without a stack trace. */
function settingsOrExit(): Settings {
  try {
    return readSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

const settings = settingsOrExit();

const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const reason = staleBuildReason(root, settings.SITE_URL);
if (reason) {
  console.log(`Building the site (${reason})...`);
  const build = runNextBuild(root, env);
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuiltSiteUrl(root, settings.SITE_URL);
}
// Always: public/ and content/ may have changed without a rebuild being needed.
const bundle = completeStandalone(root, ".next");

// content/ and data/ stay in the project, not in copies inside the bundle (lib/config.ts
// resolves these paths against this folder), so edits go live and subscribers survive rebuilds.
const run = standaloneServer(bundle, {
  port: settings.PORT,
  // Every interface, as a server on a machine of its own would.
  hostname: "0.0.0.0",
  env: {
    ...env,
    CONTENT_DIR: settings.CONTENT_DIR,
    NEWSLETTER_DB: settings.NEWSLETTER_DB,
    SEARCH_DB: settings.SEARCH_DB,
    NEWSLETTER_OUTBOX: settings.NEWSLETTER_OUTBOX,
  },
});
const server = spawn(run.command, run.args, { cwd: run.cwd, stdio: "inherit", env: run.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
