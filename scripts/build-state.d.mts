// Types of build-state.mjs, for the TypeScript tests that import it.
export function staleBuildReason(root: string): string | undefined;
