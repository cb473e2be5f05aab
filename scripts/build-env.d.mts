// Types of build-env.mjs, for the TypeScript code that imports it.
export function buildEnvironment<T extends Record<string, string | undefined>>(
  env: T,
): Omit<T, "MIMALLOC_PURGE_DELAY"> & { MIMALLOC_PURGE_DELAY: string };
