// `npm run build`: `next build` (any arguments passed on) with the build's
// environment (scripts/build-env.mjs); npm's postbuild then completes the
// standalone bundle.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildEnvironment } from "./build-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
const result = spawnSync(
  process.execPath,
  [
    path.join(root, "node_modules", "next", "dist", "bin", "next"),
    "build",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: buildEnvironment(process.env) },
);
if (result.error) throw result.error;
// A build killed by a signal fails too, and says so.
if (result.signal) console.error(`next build was stopped by ${result.signal}`);
process.exit(result.status ?? 1);
