import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

/**
 * Completes Next.js's standalone bundle (`output: "standalone"` in
 * next.config.ts) so that `node .next/standalone/server.js` serves the whole
 * site: Next.js traces and copies the server code and node_modules it needs,
 * but leaves out what is served or read as files.
 */

/** What the bundle needs beside the traced code: [from, to] relative to the project and the bundle. */
const copies = (distDir: string): [string, string][] => [
  // Images and brand files, served from public/ and measured by the content loader.
  ["public", "public"],
  // Hashed JS and CSS (served under /_next/static; a CDN or nginx may serve them instead).
  [path.join(distDir, "static"), path.join(distDir, "static")],
  // The articles and authors: read at run time (CONTENT_DIR, default content/ beside server.js).
  ["content", "content"],
];

export function standaloneDir(root: string, distDir: string): string {
  return path.join(root, distDir, "standalone");
}

/** The site's own server in the bundle (lib/platform/server-main.ts, bundled): what is run. */
export const SERVER_FILE = "dateline-server.cjs";

/**
 * Copies public/, the static assets and content/ into the bundle and writes
 * the site's server beside Next's server.js; returns the bundle's folder.
 */
export function completeStandalone(root: string, distDir: string): string {
  const bundle = standaloneDir(root, distDir);
  if (!existsSync(path.join(bundle, "server.js"))) {
    throw new Error(
      `No standalone build in ${bundle}: run the build first (next.config.ts sets output: "standalone").`,
    );
  }
  for (const [from, to] of copies(distDir)) {
    const target = path.join(bundle, to);
    // Replaced, not merged: files deleted since the last build must not linger.
    rmSync(target, { recursive: true, force: true });
    cpSync(path.join(root, from), target, { recursive: true });
  }
  bundleServer(root, bundle, distDir);
  return bundle;
}

/**
 * The front door and its entry as one CommonJS file (the bundle's package.json
 * says "module"), with Next.js left to the bundle's own node_modules.
 */
function bundleServer(root: string, bundle: string, distDir: string): void {
  buildSync({
    entryPoints: [path.join(root, "lib", "platform", "server-main.ts")],
    outfile: path.join(bundle, SERVER_FILE),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["next", "next/*"],
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    // The build's folder inside the bundle (NEXT_DIST_DIR at build time), as server.js has it inlined.
    define: { DATELINE_DIST_DIR: JSON.stringify(distDir) },
  });
}

/** A standalone server to spawn: `node dateline-server.cjs` in the bundle, on one port and address. */
export type StandaloneServer = {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
};

/**
 * How `npm start`, the browser tests and the cluster test run the bundle,
 * the way a deployment does. server.js changes into its own folder, so paths
 * in `env` (CONTENT_DIR, NEWSLETTER_DB, SEARCH_DB, NEWSLETTER_OUTBOX) must be absolute.
 */
export function standaloneServer(
  bundle: string,
  options: { port: number; hostname: string; env: NodeJS.ProcessEnv },
): StandaloneServer {
  return {
    command: process.execPath,
    args: [path.join(bundle, SERVER_FILE)],
    cwd: bundle,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
      PORT: String(options.port),
      // The server listens on HOSTNAME, which shells and containers often set
      // to the machine's name: always say which address.
      HOSTNAME: options.hostname,
    },
  };
}
