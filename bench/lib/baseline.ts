import { spawn } from "node:child_process";
import path from "node:path";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";

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
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(distDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${input.port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the baseline server exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${url}/articles/${input.slug}`);
      await response.arrayBuffer();
      if (response.ok) return { url, buildSeconds, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the baseline server did not answer on ${url} within 60 s`);
}
