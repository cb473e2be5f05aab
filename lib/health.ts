import "server-only";
import { buildId } from "./build-info";
import { settings } from "./config";
import { contentStore } from "./content/store";
import { getNewsletter } from "./newsletter/instance";
import { storeBackend, type StoreBackend } from "./newsletter/open-store";

export type HealthReport = {
  status: "ok" | "failing";
  buildId: string;
  /** Published articles, or null when content could not be loaded. */
  articles: number | null;
  /** Which subscriber database this instance is configured with (DATABASE_URL or not). */
  database: StoreBackend;
  checks: { content: string; subscriberDatabase: string };
};

/**
 * Whether this instance can serve: its content loads and the subscriber
 * database answers a query. Each check's failure is named, never thrown.
 */
export async function checkHealth(): Promise<HealthReport> {
  const [content, database] = await Promise.allSettled([
    contentStore().visibleArticles(),
    Promise.resolve().then(() => getNewsletter().newsletter.store.countByStatus()),
  ]);
  const reason = (result: PromiseRejectedResult) =>
    result.reason instanceof Error ? (result.reason.message.split("\n")[0] ?? "failed") : "failed";
  const ok = content.status === "fulfilled" && database.status === "fulfilled";
  return {
    status: ok ? "ok" : "failing",
    buildId: await buildId(),
    articles: content.status === "fulfilled" ? content.value.length : null,
    database: storeBackend({ databaseUrl: settings().DATABASE_URL }),
    checks: {
      content: content.status === "fulfilled" ? "ok" : reason(content),
      subscriberDatabase: database.status === "fulfilled" ? "ok" : reason(database),
    },
  };
}
