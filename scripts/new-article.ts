// `npm run new -- "Headline of the story"`: creates content/articles/<slug>.md
// from the template, as a draft dated now, and never overwrites a file.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { settings } from "../lib/config";
import { slugify } from "../lib/content/tooling/slugify";
import { articleTemplate, nowWithOffset } from "../lib/content/tooling/template";
import { site } from "../lib/site";

async function main() {
  const title = process.argv.slice(2).join(" ").trim();
  if (!title) {
    console.error('Usage: npm run new -- "Headline of the story"');
    process.exitCode = 2;
    return;
  }
  const slug = slugify(title);
  if (!slug) {
    console.error(`Cannot make a file name from "${title}": use some letters or digits.`);
    process.exitCode = 2;
    return;
  }
  const dir = path.join(settings().CONTENT_DIR, "articles");
  const file = path.join(dir, `${slug}.md`);
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(file, articleTemplate({ title, publishedAt: nowWithOffset(site.timeZone) }), {
      flag: "wx",
    });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      console.error(`${path.relative(process.cwd(), file)} already exists; it was not changed.`);
      console.error("Choose another headline, or edit the existing file.");
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const shown = path.relative(process.cwd(), file);
  console.log(`Created ${shown}

Next steps:
  1. Open ${shown} and replace every "Replace ..." text; put the photo in public/images/articles/.
  2. Run \`npm run content:check\` and fix what it reports.
  3. Preview it with \`npm run dev\` at http://localhost:3000/articles/${slug}
  4. When it is ready, delete the line \`draft: true\`. It goes live at its publishedAt time.
See docs/editing.md for every field.`);
}

main().catch((error: unknown) => {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
