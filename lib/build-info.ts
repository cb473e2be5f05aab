import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The id of the production build this server runs (`.next/BUILD_ID`), or "development". */
export async function buildId(): Promise<string> {
  try {
    return (await readFile(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8")).trim();
  } catch {
    return "development";
  }
}
