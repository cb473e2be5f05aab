// `node scripts/standalone.ts` (npm's postbuild): completes the standalone
// bundle with public/, the static assets and content/ (lib/build/standalone.ts).
import path from "node:path";
import { completeStandalone, SERVER_FILE } from "../lib/build/standalone";
import { settings } from "../lib/config";

const bundle = completeStandalone(
  path.resolve(import.meta.dirname, ".."),
  settings().NEXT_DIST_DIR,
);
console.log(
  `Standalone server ready: node ${path.relative(process.cwd(), path.join(bundle, SERVER_FILE))}`,
);
