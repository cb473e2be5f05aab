// Child process of bench/run.ts (run with `tsx --conditions=react-server`):
// loads every article of CONTENT_DIR through the content loader and prints
// {"articles": n, "ms": t} as JSON.
import { performance } from "node:perf_hooks";
import { defaultContentPaths, loadArticles } from "../lib/content/load";

const started = performance.now();
const articles = await loadArticles(defaultContentPaths());
console.log(JSON.stringify({ articles: articles.length, ms: performance.now() - started }));
