// The standalone bundle's entry point: lib/build/standalone.ts bundles this
// file into <bundle>/dateline-server.cjs, which `npm start`, the browser tests
// and deployments run instead of Next's server.js (lib/platform/README.md,
// "The front door"). Like server.js, it runs from its own folder and hands
// Next.js the build's configuration.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { settings, SettingsError } from "../config";
import { startSiteServer } from "./server";

/** The build's folder in the bundle, written in by lib/build/standalone.ts when it bundles this file. */
declare const DATELINE_DIST_DIR: string;

const requiredServerFiles = z.object({ config: z.record(z.string(), z.unknown()) });

// NODE_ENV is typed read-only; server.js sets it just so.
Object.assign(process.env, { NODE_ENV: "production" });
process.chdir(__dirname);
const { config } = requiredServerFiles.parse(
  JSON.parse(readFileSync(path.join(DATELINE_DIST_DIR, "required-server-files.json"), "utf8")),
);
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

try {
  const { PORT, HOSTNAME } = settings();
  startSiteServer({
    dir: __dirname,
    distDir: DATELINE_DIST_DIR,
    port: PORT,
    hostname: HOSTNAME,
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(2);
}
