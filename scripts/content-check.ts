// `npm run content:check [-- <dir>] [--format json]`: checks every article
// and author file without building the site and prints every problem as
// `path:line:column  rule  message`. Exit code 1 when there is any error.
import { existsSync } from "node:fs";
import path from "node:path";
import { settings } from "../lib/config";
import { checkContent, formatCheckReport } from "../lib/content/tooling/check";

function parseArguments(argv: string[]) {
  let format: "text" | "json" = "text";
  let dir: string | undefined;
  let publicDir = "public";
  let authorsDir: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--format") {
      const value = argv[++index];
      if (value !== "json" && value !== "text") throw new Error("--format takes json or text");
      format = value;
    } else if (argument === "--public") {
      const value = argv[++index];
      if (!value) throw new Error("--public takes the folder that image paths point into");
      publicDir = value;
    } else if (argument === "--authors") {
      const value = argv[++index];
      if (!value) throw new Error("--authors takes the folder of author files");
      authorsDir = value;
    } else if (argument === "--help" || argument === "-h") {
      console.log(
        "Usage: npm run content:check [-- <content dir>] [--format json] [--public <dir>] [--authors <dir>]",
      );
      process.exit(0);
    } else if (argument?.startsWith("-")) {
      throw new Error(`unknown option ${argument}`);
    } else {
      dir = argument;
    }
  }
  return { format, publicDir, authorsDir, dir: dir ?? settings().CONTENT_DIR };
}

/**
 * A content folder holds articles/ and authors/; a folder of Markdown files
 * is checked as it is, with the authors/ folder beside it.
 */
function articlesDirOf(dir: string): string {
  const absolute = path.resolve(dir);
  const nested = path.join(absolute, "articles");
  return existsSync(nested) ? nested : absolute;
}

async function main() {
  const { format, dir, publicDir, authorsDir } = parseArguments(process.argv.slice(2));
  const articlesDir = articlesDirOf(dir);
  if (!existsSync(articlesDir)) throw new Error(`no such folder: ${dir}`);
  const report = await checkContent({
    articlesDir,
    authorsDir: authorsDir
      ? path.resolve(authorsDir)
      : path.join(path.dirname(articlesDir), "authors"),
    publicDir: path.resolve(publicDir),
  });
  console.log(format === "json" ? JSON.stringify(report, null, 2) : formatCheckReport(report));
  process.exitCode = report.summary.errors > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`content:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
