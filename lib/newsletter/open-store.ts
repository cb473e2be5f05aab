import "server-only";
import type { NewsletterConfig } from "./config";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";
import type { SubscriberStore } from "./store";

export type StoreBackend = "postgresql" | "sqlite";

/** Which database the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function storeBackend(config: Pick<NewsletterConfig, "databaseUrl">): StoreBackend {
  return config.databaseUrl ? "postgresql" : "sqlite";
}

/**
 * The one place that chooses the subscriber store: the server (instance.ts)
 * and the operator tools (scripts/) all open it here, so they never disagree
 * about where subscribers are.
 */
export function openSubscriberStore(
  config: Pick<NewsletterConfig, "databaseUrl" | "databaseFile">,
): SubscriberStore {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.databaseFile);
}
