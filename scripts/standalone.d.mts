// Types of standalone.mjs, for the TypeScript tests and the benchmark that import it.
export function standaloneDir(root: string, distDir?: string): string;
export function completeStandalone(root: string, distDir?: string): string;
