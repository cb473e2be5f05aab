import { tmpdir } from "node:os";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; lib code is tested directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

/**
 * Three projects: `unit` and `components` run in-process only (no spawned
 * process, no server: `npm run test:unit`); `integration` starts CLIs, worker
 * processes and a throwaway PostgreSQL (`npm run test:integration`). The
 * cluster (nginx, two servers) has its own config, vitest.cluster.config.mts.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Above the 5 s default: loading a content fixture takes a few seconds on a busy machine.
          testTimeout: 20_000,
          // Test files share each worker's module cache: importing remark, zod and
          // MJML once per worker instead of once per file cuts the run from ~55 s to
          // ~15 s. Safe because unit tests change no shared state: no vi.mock, no
          // process.env writes, no globals (tests/unit/isolation.test.ts keeps it so).
          isolate: false,
          // The search page's index (lib/pages/search.ts) outside the project's data/.
          env: { SEARCH_DB: path.join(tmpdir(), "dateline-unit-search.db") },
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: "components",
          include: ["tests/components/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/support/setup-dom.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Generous: these start CLIs and servers, and CI machines are busy.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A throwaway PostgreSQL for the PostgreSQL tests (or TEST_DATABASE_URL).
          globalSetup: ["tests/support/pg-global-setup.ts"],
        },
      },
    ],
  },
});
