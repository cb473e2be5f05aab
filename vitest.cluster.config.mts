import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:cluster`: PostgreSQL, two production instances and nginx
 * (tests/cluster/). Separate from `npm run test:unit`: it needs a production
 * build and takes the machine's ports 3480-3482 (CLUSTER_PORT moves them).
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    name: "cluster",
    include: ["tests/cluster/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/pg-global-setup.ts"],
    // A build may be needed first (minutes); then the checks take about a minute.
    hookTimeout: 600_000,
    testTimeout: 180_000,
    fileParallelism: false,
  },
});
