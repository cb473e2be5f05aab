import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { slugify } from "./slugify";
import { articleTemplate, nowWithOffset } from "./template";

/** What `npm run new` did with a headline. */
export type NewArticleOutcome =
  | { kind: "created"; file: string; slug: string }
  /** A file of that slug exists: it is left as it is (an editor's work is never overwritten). */
  | { kind: "exists"; file: string }
  /** The headline has no letters or digits to make a file name of. */
  | { kind: "no-slug" };

/** Writes `<articlesDir>/<slug>.md` from the template, as a draft dated `now` in the site's zone. */
export async function createArticleFile(options: {
  articlesDir: string;
  title: string;
  timeZone: string;
  now?: Date;
  /** A live page with a first update (docs/editing.md, "Live pages"). */
  live?: boolean;
}): Promise<NewArticleOutcome> {
  const slug = slugify(options.title);
  if (!slug) return { kind: "no-slug" };
  const file = path.join(options.articlesDir, `${slug}.md`);
  await mkdir(options.articlesDir, { recursive: true });
  const text = articleTemplate({
    title: options.title,
    publishedAt: nowWithOffset(options.timeZone, options.now),
    live: options.live,
  });
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      return { kind: "exists", file };
    }
    throw error;
  }
  return { kind: "created", file, slug };
}
