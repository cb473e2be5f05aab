// Whether the production build in .next is current: shared by `npm start`
// (scripts/start.mjs) and `npm run test:cluster`, which build only when needed.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { standaloneDir } from "./standalone.mjs";

/** What a build is made from: a change in any of these makes it stale. */
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

/** Why the build in `<root>/.next` must be redone, or undefined when it is current. */
export function staleBuildReason(root) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  if (!existsSync(path.join(standaloneDir(root, ".next"), "server.js")))
    return "the build has no standalone server";
  const builtAt = statSync(buildId).mtimeMs;
  if (sources.some((source) => newestChange(path.join(root, source)) > builtAt))
    return "sources changed since the last build";
  return undefined;
}
