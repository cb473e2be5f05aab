// Types of build-stamp.mjs, for the TypeScript tests that import it.
export function siteUrlOf(env: Readonly<Record<string, string | undefined>>): string;
export function builtSiteUrl(root: string): string | undefined;
export function recordBuiltSiteUrl(root: string, siteUrl: string): void;
