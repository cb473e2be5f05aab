import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";
import { buildMemoryEnvironment } from "../platform/build-memory";

/**
 * `next build` in `root`, with this process's environment, `variables` over
 * it and the build's memory settings, output shown. npm run build, npm start, the browser tests and the cluster test all
 * build through this; the benchmark, which samples the build's memory, spawns
 * it itself with buildMemoryEnvironment.
 */
export function runNextBuild(
  root: string,
  variables: Record<string, string | undefined>,
  args: string[] = [],
): SpawnSyncReturns<Buffer> {
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", ...args],
    { cwd: root, stdio: "inherit", env: { ...process.env, ...buildMemoryEnvironment(variables) } },
  );
}
