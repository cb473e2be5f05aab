import "server-only";
import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { eventLoopTurns } from "./event-loop-turns";

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
  // One synchronous stat after another, with a turn of the event loop now
  // and then: a stat is a few microseconds of system call, while an
  // asynchronous one costs a trip through libuv's thread pool and a promise
  // (Promise.all over 50,000 files also kept every pending stat alive long
  // enough to leave 130 MB of garbage in the old generation).
  const turns = eventLoopTurns();
  const listed: ContentFile[] = [];
  for (const absolute of files) {
    await turns.pass();
    const stats = statSync(absolute);
    listed.push({
      absolute,
      file: path.relative(process.cwd(), absolute),
      fileName: path.basename(absolute),
      stamp: `${stats.mtimeMs}:${stats.size}`,
    });
  }
  return listed;
}

/**
 * A file's bytes, read synchronously: an article is a few kilobytes, and
 * fs.readFile's four asynchronous steps (open, fstat, read, close, each
 * through the thread pool) took 2-3 times the CPU of readFileSync over
 * 50,000 articles (bench/loader.ts), and more in a build, whose worker
 * thread shares the pool with the main one. A caller reading many gives the event
 * loop its turns (analyze.ts; author files are few).
 */
export async function readSource(file: ContentFile): Promise<SourceFile> {
  return { ...file, bytes: readFileSync(file.absolute) };
}
