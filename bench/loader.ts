// Child process of bench/run.ts (run with `tsx --conditions=react-server`):
// loads every article of CONTENT_DIR through the content store, as the build
// does, and prints {"articles": n, "ms": t} as JSON.
import { performance } from "node:perf_hooks";
import { contentPaths } from "../lib/content/pipeline/analyze";
import { createContentStore } from "../lib/content/store";

const started = performance.now();
const store = createContentStore(contentPaths(), {
  strict: true,
  rescanAfterMs: Number.POSITIVE_INFINITY,
  includeDrafts: false,
});
const articles = await store.allArticles();
console.log(JSON.stringify({ articles: articles.length, ms: performance.now() - started }));
