import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type SourceFile = {
  /** Path relative to the working directory, as shown in error messages. */
  file: string;
  fileName: string;
  source: string;
};

/** Reads every `.md` file under a directory (recursively), in a stable order. */
export async function readMarkdownFiles(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    files.map(async (absolute) => ({
      file: path.relative(process.cwd(), absolute),
      fileName: path.basename(absolute),
      source: await readFile(absolute, "utf8"),
    })),
  );
}
