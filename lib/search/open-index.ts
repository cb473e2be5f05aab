import "server-only";
import type { Settings } from "../config";
import { createFullTextIndex, type FullTextIndex } from "./full-text-index";
import { openPostgresSearchStorage } from "./postgres-storage";
import { openSqliteSearchStorage } from "./sqlite-storage";

/**
 * The one place that chooses where the search index lives: PostgreSQL when
 * DATABASE_URL is set (shared by every instance, like the subscribers), else
 * the SQLite file SEARCH_DB.
 */
export function openSearchIndex(from: Pick<Settings, "DATABASE_URL" | "SEARCH_DB">): FullTextIndex {
  return createFullTextIndex(
    from.DATABASE_URL
      ? openPostgresSearchStorage(from.DATABASE_URL)
      : openSqliteSearchStorage(from.SEARCH_DB),
  );
}
