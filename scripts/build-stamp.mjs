// The site's origin (SITE_URL) is baked into prerendered pages at build time
// and used again when pages regenerate at run time, so both must agree. The
// scripts that build record the origin they built for, and `npm start`
// rebuilds when it differs.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const DEFAULT_ORIGIN = "http://localhost:3000";

export function siteUrlOf(env) {
  return env.SITE_URL || DEFAULT_ORIGIN;
}

function stampFile(root) {
  return path.join(root, ".next", "dateline-site-url");
}

export function builtSiteUrl(root) {
  const file = stampFile(root);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function recordBuiltSiteUrl(root, siteUrl) {
  writeFileSync(stampFile(root), `${siteUrl}\n`);
}
