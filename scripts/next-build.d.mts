// Types of next-build.mjs, for the TypeScript code that imports it.
import type { SpawnSyncReturns } from "node:child_process";

export function buildEnvironment<T extends Record<string, string | undefined>>(
  env: T,
): Omit<T, "MIMALLOC_PURGE_DELAY"> & { MIMALLOC_PURGE_DELAY: string };

export function runNextBuild(
  root: string,
  env: Record<string, string | undefined>,
  args?: string[],
): SpawnSyncReturns<Buffer>;
