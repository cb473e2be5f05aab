import { bodyDigest } from "./body-digest";
import { bodyHtml } from "./pipeline/markdown";
import type { ArticleBody } from "./schema";

/**
 * Keeps an article body's Markdown somewhere and answers its HTML, rendered
 * when a page asks (lib/content/body-store.ts).
 */
export type BodyKeeper = (markdown: string) => ArticleBody;

/**
 * A body held in memory, rendered on each call: for a single file's analysis
 * (tests, content tooling), not for a whole archive.
 */
export const inlineBody: BodyKeeper = (markdown) => ({
  html: () => bodyHtml(markdown),
  markdown: () => markdown,
  digest: bodyDigest(markdown),
});
