import { describe, expect, it } from "vitest";
import { roleOf, summarizeSamples, type Role, type Sample } from "@/bench/lib/process-tree";

const MB = 1024 * 1024;
const sample = (atMs: number, rss: Record<number, number>): Sample => ({
  atMs,
  rss: new Map(Object.entries(rss).map(([pid, mb]) => [Number(pid), mb * MB])),
});

describe("roleOf", () => {
  it("names the build's own process, its page-generation workers and the type checker", () => {
    expect(roleOf("next-build (v16.4.6)", true)).toBe("main");
    expect(
      roleOf("/usr/bin/node /app/node_modules/next/dist/compiled/jest-worker/processChild.js"),
    ).toBe("worker");
    expect(
      roleOf(
        "/usr/bin/node /app/node_modules/typescript/bin/tsc --project /app/tsconfig.json --noEmit",
      ),
    ).toBe("typescript");
    expect(roleOf("/usr/bin/node /app/node_modules/typescript/bin/tsc --showConfig")).toBe(
      "typescript",
    );
    expect(roleOf("/bin/sh -c something")).toBe("other");
  });
});

describe("summarizeSamples", () => {
  const roles = new Map<number, Role>([
    [1, "main"],
    [2, "typescript"],
    [3, "worker"],
    [4, "worker"],
  ]);
  // Compile (main high, tsc alongside), then generation (main low, two workers growing).
  const samples = [
    sample(0, { 1: 100 }),
    sample(200, { 1: 800, 2: 400 }),
    sample(400, { 1: 250, 3: 500, 4: 600 }),
    sample(600, { 1: 250, 3: 700, 4: 550 }),
    sample(800, { 1: 300 }),
  ];

  it("finds the tree's peak and which processes made it up at that moment", () => {
    const profile = summarizeSamples(samples, roles);
    expect(profile.peakBytes).toBe(1500 * MB);
    expect(profile.peakAtMs).toBe(600);
    expect(profile.atPeak).toEqual({ main: 250 * MB, worker: 1250 * MB, typescript: 0, other: 0 });
  });

  it("keeps each process's own peak, which need not be at the tree's peak", () => {
    const { processes } = summarizeSamples(samples, roles);
    expect(processes).toEqual([
      { pid: 1, role: "main", peakBytes: 800 * MB, peakAtMs: 200 },
      { pid: 2, role: "typescript", peakBytes: 400 * MB, peakAtMs: 200 },
      { pid: 3, role: "worker", peakBytes: 700 * MB, peakAtMs: 600 },
      { pid: 4, role: "worker", peakBytes: 600 * MB, peakAtMs: 400 },
    ]);
  });

  it("counts a process it has no role for as other, and an empty run as no memory", () => {
    expect(summarizeSamples([sample(0, { 9: 10 })], roles).atPeak.other).toBe(10 * MB);
    expect(summarizeSamples([], roles)).toEqual({
      peakBytes: 0,
      peakAtMs: 0,
      atPeak: { main: 0, worker: 0, typescript: 0, other: 0 },
      processes: [],
    });
  });
});
