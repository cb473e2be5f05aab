// `npm run build`: `next build` (any arguments passed on) with the build's
// memory settings (lib/build/next-build.ts), recording the origin it was built
// for; npm's postbuild (scripts/standalone.ts) then completes the bundle.
import path from "node:path";
import { recordBuiltSiteUrl } from "../lib/build/build-state";
import { runNextBuild } from "../lib/build/next-build";
import { settings } from "../lib/config";

const root = path.resolve(import.meta.dirname, "..");
const result = runNextBuild(root, {}, process.argv.slice(2));
if (result.error) throw result.error;
// A build killed by a signal fails too, and says so.
if (result.signal) console.error(`next build was stopped by ${result.signal}`);
if (result.status === 0) recordBuiltSiteUrl(root, settings().SITE_URL);
process.exit(result.status ?? 1);
