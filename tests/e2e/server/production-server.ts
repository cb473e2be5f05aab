import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import path from "node:path";
import { standaloneDir, standaloneServer } from "@/lib/build/standalone";

const root = path.resolve(import.meta.dirname, "../../..");

export type Server = {
  process: ChildProcess;
  port: number;
  log: () => string;
  exited: Promise<void>;
};

/** The production build's standalone bundle, as the browser tests' servers run it. */
export const e2eBundle = standaloneDir(root, ".next");

/**
 * The standalone server of the production build (as deployed), as its own
 * process, with the given environment (absolute paths: it runs in the bundle),
 * from `bundle` (a copy of it, say).
 */
export async function startServer(
  port: number,
  env: Record<string, string>,
  bundle: string = e2eBundle,
): Promise<Server> {
  const run = standaloneServer(bundle, {
    port,
    hostname: "127.0.0.1",
    env: { ...process.env, TRUSTED_PROXY: "", ...env },
  });
  const child = spawn(run.command, run.args, {
    cwd: run.cwd,
    env: run.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      const probe = await fetch(`http://127.0.0.1:${port}/newsletter/check-your-inbox`, {
        signal: AbortSignal.timeout(5000),
      });
      if (probe.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { process: child, port, log: () => output, exited };
}

/** SIGTERM, and SIGKILL if it has not exited within five seconds. */
export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  server.process.kill("SIGTERM");
  const timer = setTimeout(() => server.process.kill("SIGKILL"), 5000);
  await server.exited;
  clearTimeout(timer);
}

export type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A raw HTTP POST, optionally from another loopback address (another "client"). */
export function post(
  port: number,
  pathname: string,
  body: string,
  headers: Record<string, string>,
  localAddress?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      // A new connection per request (no keep-alive), as separate clients would make.
      {
        host: "127.0.0.1",
        port,
        path: pathname,
        method: "POST",
        headers,
        localAddress,
        agent: false,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on("error", reject);
    // A request that gets no answer fails the test instead of hanging it.
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer from port ${port} within 20 s`)));
    req.end(body);
  });
}
