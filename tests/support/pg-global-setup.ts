import type { TestProject } from "vitest/node";
import { settings } from "@/lib/config";
import { startPgCluster, type PgCluster } from "./pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server where tests may create and drop databases (tests/support/store-backends.ts). */
    testDatabaseUrl: string;
  }
}

let cluster: PgCluster | undefined;

/**
 * Vitest global setup: the PostgreSQL variant of the store tests needs a
 * server. TEST_DATABASE_URL names one; otherwise a throwaway cluster is
 * started here and stopped in teardown. No server and no binaries fails the
 * run with instructions: the PostgreSQL tests never skip silently.
 */
export async function setup(project: TestProject): Promise<void> {
  const given = settings().TEST_DATABASE_URL;
  if (!given) cluster = await startPgCluster();
  project.provide("testDatabaseUrl", given || cluster!.url);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  cluster = undefined;
}
