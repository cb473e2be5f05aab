import "server-only";
import { settings } from "../config";
import { openSearchIndex } from "./open-index";
import { createSearchCache, type SearchCache } from "./search-cache";

// One per process, on globalThis: every bundle of the server (pages, route
// handlers) shares it, as it shares the content store.
const key = Symbol.for("dateline.searchCache");
const holder = globalThis as { [key]?: SearchCache };

/** This process's search over the index the settings name (opened on first use; opening may throw). */
export function searchCache(): SearchCache {
  holder[key] ??= createSearchCache(openSearchIndex(settings()));
  return holder[key];
}
