import { bodyDigest } from "./body-digest";
import type { ArticleBody } from "./schema";

/** Keeps a rendered body somewhere and answers it when a page asks (lib/content/body-store.ts). */
export type BodyKeeper = (html: string) => ArticleBody;

/**
 * A body held in memory: for a single file's analysis (tests, content
 * tooling) and for articles made in tests, not for a whole archive.
 */
export const inlineBody: BodyKeeper = (html) => ({ html: () => html, digest: bodyDigest(html) });
