import "server-only";
import { readFile } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { mapLimited } from "./map-limited";

/**
 * The callback readFile, as a promise: fs/promises' readFile goes through a
 * FileHandle (open, stat, read, close, each a round trip) and took twice the
 * time and CPU over 10,000 small articles.
 */
const readBytes = promisify(readFile);

export type ContentFile = {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  fileName: string;
  /** Changes whenever the file is edited (modification time and size). */
  stamp: string;
};

/** A file's bytes, as read: decodeSource (decode.ts) turns them into text. */
export type SourceFile = ContentFile & { bytes: Buffer };

/** Lists every `.md` file under a directory (recursively), in a stable order. */
export async function listMarkdownFiles(dir: string): Promise<ContentFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  // A bounded number of stats at once: Promise.all over 50,000 files kept
  // every pending stat alive together, long enough to be moved to the old
  // generation, where 130 MB of them then waited for a full collection.
  return mapLimited(files, STATS_IN_FLIGHT, async (absolute) => {
    const stats = await stat(absolute);
    return {
      absolute,
      file: path.relative(process.cwd(), absolute),
      fileName: path.basename(absolute),
      stamp: `${stats.mtimeMs}:${stats.size}`,
    };
  });
}

const STATS_IN_FLIGHT = 64;

export async function readSource(file: ContentFile): Promise<SourceFile> {
  return { ...file, bytes: await readBytes(file.absolute) };
}
