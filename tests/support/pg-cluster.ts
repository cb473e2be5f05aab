import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { settings } from "@/lib/config";

/**
 * A throwaway PostgreSQL server for tests: a new cluster (initdb) in a temp
 * folder, run as a child process listening only on a Unix socket in that
 * folder (no TCP port, so parallel runs never collide), removed by `stop`.
 * Uses Debian's binaries (`apt-get install postgresql`; no service needed)
 * or the folder in PG_BIN.
 */
export type PgCluster = {
  /** Superuser connection string for the `postgres` database. */
  url: string;
  /** The same server, another database. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

const HELP =
  "PostgreSQL tests need a PostgreSQL server. Install Debian's binaries (apt-get install -y postgresql; " +
  "the tests start their own throwaway cluster, no service needed), set PG_BIN to a folder holding " +
  "initdb and postgres, or set TEST_DATABASE_URL to a server where the tests may create databases.";

function binDir(): string {
  const given = settings().PG_BIN;
  if (given) return given;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((name) => existsSync(path.join(base, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`No PostgreSQL binaries in ${base}. ${HELP}`);
  return path.join(base, versions[0], "bin");
}

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (!uid || !gid) throw new Error(`Running as root but there is no "postgres" user. ${HELP}`);
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const user = runAs();
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const initdb = spawnSync(
    path.join(bin, "initdb"),
    ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
    { ...user, encoding: "utf8" },
  );
  if (initdb.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${initdb.stderr || initdb.error?.message}\n${HELP}`);
  }

  let log = "";
  const server: ChildProcess = spawn(
    path.join(bin, "postgres"),
    [
      "-D",
      data,
      "-c",
      "listen_addresses=",
      "-c",
      `unix_socket_directories=${dir}`,
      // Test data is thrown away: no need to wait for the disk.
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=200",
    ],
    { ...user, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // If the test process dies without calling stop, the server goes with it.
  const killOnExit = () => server.kill("SIGKILL");
  process.once("exit", killOnExit);

  const remove = () => rmSync(dir, { recursive: true, force: true });
  const stop = async () => {
    process.off("exit", killOnExit);
    if (server.exitCode === null && server.signalCode === null) {
      // SIGQUIT: immediate shutdown; the data is thrown away anyway.
      server.kill("SIGQUIT");
      const timer = setTimeout(() => server.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    remove();
  };

  const urlFor = (database: string) =>
    `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}`;
  const deadline = Date.now() + 30_000;
  const ready = path.join(bin, "pg_isready");
  for (;;) {
    if (server.exitCode !== null) {
      remove();
      throw new Error(`PostgreSQL did not start:\n${log}\n${HELP}`);
    }
    if (spawnSync(ready, ["-h", dir, "-U", "postgres", "-q"]).status === 0) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`PostgreSQL did not answer within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: urlFor("postgres"), urlFor, stop };
}
