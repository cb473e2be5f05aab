import { readdirSync, readFileSync } from "node:fs";

/** Parent PID of every process, from /proc (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may contain spaces and parentheses: fields follow the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return "";
  }
}

/** A process and all its descendants right now. */
export function treePids(root: number): Set<number> {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** What a process of a `next build` tree does, from its command line. */
export type Role = "main" | "worker" | "typescript" | "other";

export function roleOf(command: string, isRoot = false): Role {
  if (isRoot) return "main";
  if (/jest-worker[/\\](processChild|threadChild)\.js/.test(command)) return "worker";
  if (/typescript[/\\]bin[/\\]tsc\b/.test(command)) return "typescript";
  return "other";
}

/** One sample: resident bytes of each process of the tree at `atMs`. */
export type Sample = { atMs: number; rss: ReadonlyMap<number, number> };

export type MemoryProfile = {
  /** Highest summed RSS of the tree over all samples, and when (ms after start). */
  peakBytes: number;
  peakAtMs: number;
  /** Summed RSS by role at that moment: which processes made the peak. */
  atPeak: Record<Role, number>;
  /** Each process's own highest RSS, whenever it was. */
  processes: { pid: number; role: Role; peakBytes: number; peakAtMs: number }[];
};

const noRoles = (): Record<Role, number> => ({ main: 0, worker: 0, typescript: 0, other: 0 });

/** The tree's peak, what it was made of, and each process's own peak. */
export function summarizeSamples(
  samples: readonly Sample[],
  roles: ReadonlyMap<number, Role>,
): MemoryProfile {
  const profile: MemoryProfile = { peakBytes: 0, peakAtMs: 0, atPeak: noRoles(), processes: [] };
  const perProcess = new Map<number, { peakBytes: number; peakAtMs: number }>();
  for (const sample of samples) {
    let total = 0;
    for (const [pid, bytes] of sample.rss) {
      total += bytes;
      const known = perProcess.get(pid);
      if (!known || bytes > known.peakBytes)
        perProcess.set(pid, { peakBytes: bytes, peakAtMs: sample.atMs });
    }
    if (total > profile.peakBytes) {
      profile.peakBytes = total;
      profile.peakAtMs = sample.atMs;
      profile.atPeak = noRoles();
      for (const [pid, bytes] of sample.rss) profile.atPeak[roles.get(pid) ?? "other"] += bytes;
    }
  }
  profile.processes = [...perProcess]
    .map(([pid, peak]) => ({ pid, role: roles.get(pid) ?? "other", ...peak }))
    .sort((a, b) => a.pid - b.pid);
  return profile;
}

/** Samples a process tree's memory, per process, until stopped. */
export function sampleTreeMemory(root: number, everyMs = 200) {
  const started = Date.now();
  const samples: Sample[] = [];
  const roles = new Map<number, Role>();
  const timer = setInterval(() => {
    const rss = new Map<number, number>();
    for (const pid of treePids(root)) {
      const bytes = rssBytes(pid);
      if (bytes === 0) continue;
      if (!roles.has(pid)) roles.set(pid, roleOf(commandLine(pid), pid === root));
      rss.set(pid, bytes);
    }
    samples.push({ atMs: Date.now() - started, rss });
  }, everyMs);
  return {
    stop(): MemoryProfile {
      clearInterval(timer);
      return summarizeSamples(samples, roles);
    },
  };
}

/** Resident bytes of a process and all its descendants now. */
export function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of treePids(root)) total += rssBytes(pid);
  return total;
}
