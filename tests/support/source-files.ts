import { readdirSync } from "node:fs";
import path from "node:path";

/** The project's folder. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

const SOURCE = /\.(?:ts|tsx|mts|mjs)$/;

/** Every TypeScript or JavaScript source file under `folders` (project-relative paths, sorted), fixtures left out. */
export function sourceFiles(folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
        .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name))),
    )
    .filter((file) => !file.startsWith("tests/fixtures/"))
    .sort();
}
