import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storeBackends, type TestDatabase } from "../../support/store-backends";

const WORKERS = 8;
const SIGNUPS = 200;
const UNIQUE = 140; // 30% of the signups repeat an address already in the batch

let database: TestDatabase | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  children.length = 0;
  await database?.remove();
  database = undefined;
});

function waitFor<T>(
  child: ChildProcess,
  predicate: (message: unknown) => message is T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (predicate(message)) {
        child.off("message", onMessage);
        resolve(message);
      }
    };
    child.on("message", onMessage);
    child.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

describe.each(storeBackends)("concurrent signups against one $name database", (backend) => {
  it(`${SIGNUPS} signups from ${WORKERS} processes, 30% duplicates, store exactly the unique addresses`, async () => {
    database = await backend.create();
    const { config } = database;
    const unique = Array.from({ length: UNIQUE }, (_, i) => `reader${i}@example.com`);
    // Duplicates in other spellings, which must normalize to the same subscriber.
    const duplicates = Array.from({ length: SIGNUPS - UNIQUE }, (_, i) => {
      const address = unique[(i * 7) % UNIQUE] ?? "";
      return i % 2 === 0 ? ` ${address.toUpperCase()} ` : address;
    });
    // Interleave so that each duplicate is likely written by another process than its original.
    const all = [...unique, ...duplicates];
    const batches = Array.from({ length: WORKERS }, (_, w) =>
      all.filter((_, i) => i % WORKERS === w),
    );

    const worker = path.resolve(import.meta.dirname, "../../support/signup-worker.ts");
    for (const addresses of batches) {
      const child = fork(worker, [], {
        execArgv: ["--conditions=react-server", "--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      children.push(child);
      child.send({ config, addresses });
    }
    // All processes have opened the (new) database before any writes.
    await Promise.all(children.map((c) => waitFor(c, (m): m is "ready" => m === "ready")));
    const done = children.map((c) =>
      waitFor(
        c,
        (m): m is { stored: number } => typeof m === "object" && m !== null && "stored" in m,
      ),
    );
    for (const child of children) child.send("go");
    const reports = await Promise.all(done);
    expect(reports.reduce((sum, r) => sum + r.stored, 0)).toBe(SIGNUPS);

    const emails = (
      await database.query<{ email: string }>("SELECT email FROM subscribers ORDER BY email")
    ).map((row) => row.email);
    expect(emails).toHaveLength(UNIQUE);
    expect(emails).toEqual([...unique].sort());
  }, 60_000);
});
