// `npm run build`: `next build` (any arguments passed on) with the build's
// environment (scripts/next-build.mjs); npm's postbuild then completes the
// standalone bundle.
import path from "node:path";
import { runNextBuild } from "./next-build.mjs";

const result = runNextBuild(
  path.resolve(import.meta.dirname, ".."),
  process.env,
  process.argv.slice(2),
);
if (result.error) throw result.error;
// A build killed by a signal fails too, and says so.
if (result.signal) console.error(`next build was stopped by ${result.signal}`);
process.exit(result.status ?? 1);
