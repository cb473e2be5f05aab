// `npm start`: builds the site when there is no production build or when the
// sources changed since the last one, then serves it with `next start` on PORT
// (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { builtSiteUrl, recordBuiltSiteUrl, siteUrlOf } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "next.config.ts",
  "package-lock.json",
  "proxy.ts",
];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

function needsBuild() {
  if (!existsSync(buildId)) return "no production build yet";
  const builtAt = statSync(buildId).mtimeMs;
  const changed = sources.some((source) => newestChange(path.join(root, source)) > builtAt);
  if (changed) return "sources changed since the last build";
  if (builtSiteUrl(root) !== siteUrlOf(process.env))
    return `the build is not for ${siteUrlOf(process.env)}`;
  return undefined;
}

const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const reason = needsBuild();
if (reason) {
  console.log(`Building the site (${reason})...`);
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuiltSiteUrl(root, siteUrlOf(process.env));
}

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "--port", port], {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
