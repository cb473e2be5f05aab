import { spawn } from "node:child_process";
import path from "node:path";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { whenServing } from "./server";

const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
/** The minimal App Router app (bench/baseline): one dynamic route rendering a Markdown article. */
export const baselineDir = path.join(root, "bench", "baseline");

export type Baseline = { url: string; buildSeconds: number; stop(): Promise<void> };

/**
 * Builds bench/baseline against `contentDir` (prerendering `slug`) and serves
 * it with `next start` on 127.0.0.1:`port`, started as a direct child so its
 * PID is the server's, and stopped by that PID. Its build folder is removed
 * on stop.
 */
export async function startBaseline(input: {
  contentDir: string;
  slug: string;
  port: number;
}): Promise<Baseline> {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BASELINE_CONTENT_DIR: path.resolve(input.contentDir),
    BASELINE_SLUG: input.slug,
    // Not the site's: the baseline reads only its own variables.
    NEXT_DIST_DIR: undefined,
    NODE_OPTIONS: undefined,
  };
  const distDir = path.join(baselineDir, ".next");
  rmSync(distDir, { recursive: true, force: true });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [nextBin, "build", baselineDir], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    build.stdout.on("data", (data: Buffer) => (output += data.toString()));
    build.stderr.on("data", (data: Buffer) => (output += data.toString()));
    build.on("error", reject);
    build.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`the baseline's build failed (${code}):\n${output.slice(-3000)}`)),
    );
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const child = spawn(
    process.execPath,
    [nextBin, "start", baselineDir, "--hostname", "127.0.0.1", "--port", String(input.port)],
    { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const server = await whenServing(child, {
    url: `http://127.0.0.1:${input.port}`,
    readyPath: `/articles/${input.slug}`,
    what: "the baseline server",
    afterStop: () => rmSync(distDir, { recursive: true, force: true }),
  });
  return { url: server.url, buildSeconds, stop: server.stop };
}
