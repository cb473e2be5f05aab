import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nginxMainConf, renderNginxSite } from "@/deploy/render-nginx-conf";
import { builtSiteUrl, recordBuiltSiteUrl, staleBuildReason } from "@/lib/build/build-state";
import { runNextBuild } from "@/lib/build/next-build";
import {
  completeStandalone,
  standaloneServer,
  type StandaloneServer,
} from "@/lib/build/standalone";
import { settings } from "@/lib/config";

/**
 * Production processes for the cluster test and the benchmark: the
 * standalone server (as deployed) and nginx with deploy/nginx.conf, each a
 * direct child, stopped by its own PID.
 */

const root = path.resolve(import.meta.dirname, "../..");

export type Child = {
  process: ChildProcess;
  log: () => string;
  exited: Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

function track(child: ChildProcess, name: string): Child {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Should the test process die first, its children go with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  return {
    process: child,
    log: () => `--- ${name} ---\n${output}`,
    exited,
    async stop(signal = "SIGTERM") {
      process.off("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The production build, reused when it is current (whatever origin it was
 * built for: form posts are checked against the Host header nginx passes on),
 * else built, then completed into a runnable standalone bundle.
 * Returns the bundle's folder and the origin the build was made for.
 */
export function ensureStandaloneBuild(log: (line: string) => void = console.log): {
  bundle: string;
  siteUrl: string;
} {
  const reason = staleBuildReason(root);
  if (reason) {
    const siteUrl = `http://127.0.0.1:${settings().CLUSTER_PORT}`;
    log(`Building the site (${reason}); this takes a few minutes...`);
    const build = runNextBuild(root, {
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: siteUrl,
    });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
    recordBuiltSiteUrl(root, siteUrl);
  }
  return {
    bundle: completeStandalone(root, ".next"),
    siteUrl: builtSiteUrl(root) ?? "http://localhost:3000",
  };
}

async function waitForHttp(url: string, child: Child, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.process.exitCode !== null || child.process.signalCode !== null)
      throw new Error(`${what} exited early:\n${child.log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await child.stop("SIGKILL");
      throw new Error(`${what} did not answer ${url} within 60 s:\n${child.log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function spawnStandalone(run: StandaloneServer) {
  return spawn(run.command, run.args, {
    cwd: run.cwd,
    env: run.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `node dateline-server.cjs` of the standalone bundle on 127.0.0.1:port. */
export async function startInstance(
  bundle: string,
  port: number,
  env: Record<string, string>,
): Promise<Child> {
  const child = track(
    spawnStandalone(
      standaloneServer(bundle, {
        port,
        hostname: "127.0.0.1",
        env: { ...process.env, ...env },
      }),
    ),
    `instance :${port}`,
  );
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, `The instance on port ${port}`);
  return child;
}

/** Debian's nginx, in the foreground, with deploy/nginx.conf rendered for these addresses. */
export async function startNginx(options: {
  prefix: string;
  port: number;
  upstreams: number[];
  /** More server {} blocks for the same nginx (the benchmark's static-file server). */
  extraServers?: string;
}): Promise<Child> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file));
  if (!nginx)
    throw new Error("nginx is not installed (apt-get install -y nginx; no service needed).");
  mkdirSync(options.prefix, { recursive: true });
  const conf = path.join(options.prefix, "nginx.conf");
  writeFileSync(
    conf,
    nginxMainConf({
      prefix: options.prefix,
      // As root, nginx's workers would run as "nobody", unable to write the
      // cache and temp files in this run's private folder; the folder is the
      // test's own, so they may run as the test's user.
      user: process.getuid?.() === 0 ? "root" : undefined,
      site:
        renderNginxSite({
          listen: `127.0.0.1:${options.port}`,
          upstreams: options.upstreams.map((port) => `127.0.0.1:${port}`),
          cacheDir: path.join(options.prefix, "cache"),
        }) + (options.extraServers ?? ""),
    }),
  );
  const check = spawnSync(nginx, ["-t", "-q", "-p", options.prefix, "-c", conf], {
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child = track(
    spawn(nginx, ["-p", options.prefix, "-c", conf], { stdio: ["ignore", "pipe", "pipe"] }),
    "nginx",
  );
  await waitForHttp(`http://127.0.0.1:${options.port}/healthz`, child, "nginx");
  return child;
}
