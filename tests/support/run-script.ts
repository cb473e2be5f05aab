import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

export type ScriptResult = { status: number | null; stdout: string; stderr: string };

/** Runs one of the project's TypeScript CLIs the way `npm run` does. */
export function runScript(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): ScriptResult {
  const result = spawnSync(
    process.execPath,
    [tsx, "--conditions=react-server", path.join(root, "scripts", script), ...args],
    { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
