import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { standaloneDir } from "./standalone";

/**
 * Whether the production build in `.next` is current: `npm start` and
 * `npm run test:cluster` build only when needed.
 */

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

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** Why the build in `<root>/.next` must be redone for `siteUrl`, or undefined when it is current. */
export function staleBuildReason(root: string, siteUrl?: string): string | undefined {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  if (!existsSync(path.join(standaloneDir(root, ".next"), "server.js")))
    return "the build has no standalone server";
  const builtAt = statSync(buildId).mtimeMs;
  if (sources.some((source) => newestChange(path.join(root, source)) > builtAt))
    return "sources changed since the last build";
  if (siteUrl !== undefined && builtSiteUrl(root) !== siteUrl)
    return `the build is not for ${siteUrl}`;
  return undefined;
}

/*
 * The site's origin (SITE_URL) is baked into prerendered pages at build time
 * and used again when pages regenerate at run time, so both must agree. The
 * scripts that build record the origin they built for.
 */
function stampFile(root: string): string {
  return path.join(root, ".next", "dateline-site-url");
}

/** The origin the build in `<root>/.next` was made for, if a script recorded it. */
export function builtSiteUrl(root: string): string | undefined {
  const file = stampFile(root);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function recordBuiltSiteUrl(root: string, siteUrl: string): void {
  writeFileSync(stampFile(root), `${siteUrl}\n`);
}
