// Stands in for the `server-only` marker package under Vitest, where there is no server/client split.
export {};
