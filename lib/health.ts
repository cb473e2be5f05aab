import "server-only";
import { buildId } from "./build-info";
import { settings } from "./config";
import { contentStore } from "./content/store";
import { getNewsletter } from "./newsletter/instance";
import { storeBackend, type StoreBackend } from "./newsletter/open-store";
import { searchCache } from "./search/instance";

export type HealthReport = {
  status: "ok" | "failing";
  buildId: string;
  /** Published articles, or null when content could not be loaded. */
  articles: number | null;
  /** Which subscriber database this instance is configured with (DATABASE_URL or not). */
  database: StoreBackend;
  /**
   * "ok", or what failed; `search` may also be "preparing" (a large archive's
   * first indexing takes a while). Search does not decide `status`: readers
   * are served without it, and the search page says when it is unavailable.
   */
  checks: { content: string; subscriberDatabase: string; search: string };
};

/**
 * Whether this instance can serve: its content loads and the subscriber
 * database answers a query. Each check's failure is named, never thrown.
 * Asking also starts bringing the search index up to date with the content
 * (the server asks once it listens, lib/platform/warm-up.ts), and reports
 * how far that is.
 */
export async function checkHealth(): Promise<HealthReport> {
  const [content, database] = await Promise.allSettled([
    contentStore().visibleArticles(),
    Promise.resolve().then(() => getNewsletter().newsletter.store.countByStatus()),
  ]);
  const reason = (result: PromiseRejectedResult) =>
    result.reason instanceof Error ? firstLine(result.reason.message) : "failed";
  const ok = content.status === "fulfilled" && database.status === "fulfilled";
  return {
    status: ok ? "ok" : "failing",
    buildId: await buildId(),
    articles: content.status === "fulfilled" ? content.value.length : null,
    database: storeBackend({ databaseUrl: settings().DATABASE_URL }),
    checks: {
      content: content.status === "fulfilled" ? "ok" : reason(content),
      subscriberDatabase: database.status === "fulfilled" ? "ok" : reason(database),
      search: content.status === "fulfilled" ? await searchCheck() : "waiting for the content",
    },
  };
}

async function searchCheck(): Promise<string> {
  const store = contentStore();
  try {
    const index = searchCache().prepare(await store.allArticles(), new Date(), (article, at) =>
      store.isVisible(article, at),
    );
    if (index.state === "ready") return "ok";
    return index.state === "preparing" ? "preparing" : firstLine(index.reason);
  } catch (error) {
    return firstLine(error instanceof Error ? error.message : String(error));
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? "failed";
}
