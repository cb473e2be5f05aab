// `npm run new -- [--live] "Headline of the story"`: creates
// content/articles/<slug>.md from the template (with --live, a live page with
// a first update), as a draft dated now, and never overwrites a file
// (lib/content/tooling/new-article.ts). Exit codes: 0 created, 1 the file
// exists, 2 usage.
import path from "node:path";
import { settings } from "../lib/config";
import { createArticleFile } from "../lib/content/tooling/new-article";
import { pathTo } from "../lib/routes";
import { site } from "../lib/site";

async function main() {
  const args = process.argv.slice(2);
  const live = args.includes("--live");
  const title = args
    .filter((arg) => arg !== "--live")
    .join(" ")
    .trim();
  if (!title || title.startsWith("--")) {
    console.error('Usage: npm run new -- [--live] "Headline of the story"');
    process.exitCode = 2;
    return;
  }
  const outcome = await createArticleFile({
    articlesDir: path.join(settings().CONTENT_DIR, "articles"),
    title,
    timeZone: site.timeZone,
    live,
  });
  if (outcome.kind === "no-slug") {
    console.error(`Cannot make a file name from "${title}": use some letters or digits.`);
    process.exitCode = 2;
    return;
  }
  const shown = path.relative(process.cwd(), outcome.file);
  if (outcome.kind === "exists") {
    console.error(`${shown} already exists; it was not changed.`);
    console.error("Choose another headline, or edit the existing file.");
    process.exitCode = 1;
    return;
  }
  console.log(`Created ${shown}

Next steps:
  1. Open ${shown} and replace every "Replace ..." text; put the photo in public/images/articles/.
  2. Run \`npm run content:check\` and fix what it reports.
  3. Preview it with \`npm run dev\` at http://localhost:3000${pathTo(live ? "live" : "article", { slug: outcome.slug })}
  4. When it is ready, delete the line \`draft: true\`. It goes live at its publishedAt time.
See docs/editing.md for every field.`);
}

main().catch((error: unknown) => {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
