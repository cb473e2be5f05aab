// How this project runs `next build`: npm run build, npm start, the browser
// tests and the cluster test call runNextBuild; the benchmark, which samples
// the build's memory, spawns it itself with buildEnvironment.
//
// Turbopack's native code allocates with mimalloc, which by default keeps
// freed memory for reuse instead of returning it to the system. The
// compiler's ~700 MB then often stayed resident through page generation,
// beside the two worker threads: 5,000-article builds peaked at 1,432-1,449 MB
// in three of five builds; with MIMALLOC_PURGE_DELAY=0, at 903-919 MB
// (docs/performance.md, "Build memory"). mimalloc reads it when Next.js loads
// its native binding, before next.config.ts runs, so it must be in the build
// process's environment from the start. A value already set is kept.
import { spawnSync } from "node:child_process";
import path from "node:path";

/** `env` plus the build's memory setting. */
export function buildEnvironment(env) {
  return { ...env, MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? "0" };
}

/** `next build` in `root` with `env` (plus the above), output shown; spawnSync's result. */
export function runNextBuild(root, env, args = []) {
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", ...args],
    { cwd: root, stdio: "inherit", env: buildEnvironment(env) },
  );
}
