import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { standaloneDir, standaloneServer } from "../../lib/build/standalone";

const root = path.resolve(import.meta.dirname, "..", "..");

export type RunningServer = { url: string; process: ChildProcess; stop(): Promise<void> };

/**
 * The site's server (the completed standalone bundle of the build in
 * `distDir`, as deployed) on 127.0.0.1, started as a direct child (its PID
 * is the server's) and stopped by that PID. Paths in `env` must be absolute.
 */
export async function startServer(
  port: number,
  env: Record<string, string | undefined> = {},
  distDir: string = ".next",
): Promise<RunningServer> {
  const server = standaloneServer(standaloneDir(root, distDir), {
    port,
    hostname: "127.0.0.1",
    env: { ...process.env, ...env },
  });
  const child = spawn(server.command, server.args, {
    cwd: server.cwd,
    env: server.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  return whenServing(child, {
    url,
    readyPath: "/",
    what: "the server",
    exitHint: ` (is port ${port} free?)`,
  });
}

/**
 * Waits until a server started as `child` answers `readyPath` with a 2xx
 * (within 60 s), and gives the way to stop it by its PID: SIGTERM, then
 * SIGKILL after 5 s. `afterStop` runs once it has stopped.
 */
export async function whenServing(
  child: ChildProcess,
  input: {
    url: string;
    readyPath: string;
    what: string;
    /** Said after an early exit's code. */
    exitHint?: string;
    afterStop?: () => void;
  },
): Promise<RunningServer> {
  const { url, what } = input;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    input.afterStop?.();
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${what} exited with code ${child.exitCode}${input.exitHint ?? ""}`);
    }
    try {
      const response = await fetch(`${url}${input.readyPath}`);
      await response.arrayBuffer();
      if (response.ok) return { url, process: child, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${what} did not answer on ${url} within 60 s`);
}
