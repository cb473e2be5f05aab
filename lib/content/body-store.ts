import "server-only";
import Database from "better-sqlite3";
import { bodyDigest } from "./body-digest";
import type { BodyKeeper } from "./inline-body";
import { bodyHtml } from "./pipeline/markdown";
import type { ArticleBody } from "./schema";

/**
 * Where a running process keeps its articles' bodies: their Markdown, in a
 * private SQLite database on disk, out of the JavaScript heap. At 50,000
 * articles the bodies were 255 MB of a 653 MB heap, in the server and in each
 * build worker (docs/performance.md, "Server memory and what grows"), while a
 * page needs one body at a time; reading one back takes microseconds, and
 * rendering it (bodyHtml) a millisecond or two, once per page Next caches.
 * Rendering every body while loading was half of the loading time.
 *
 * Each version of a file gets its own row, so an article whose file later
 * breaks keeps its last good body. `retain` drops the rows no article uses
 * any more, one scan late, so that a page still rendering an article just
 * replaced can finish reading it.
 */
export type BodyStore = {
  keep: BodyKeeper;
  /** Keeps the bodies given (and those kept by the previous call); deletes the rest. */
  retain(bodies: Iterable<ArticleBody>): void;
  /** How many bodies are stored. */
  readonly size: number;
  close(): void;
};

/** Bodies held in memory at most before they are written. */
const MAX_PENDING_BODIES = 500;

export function createBodyStore(): BodyStore {
  // "": SQLite's temporary database, a file of its own that SQLite deletes
  // when the connection closes (or the process ends): nothing to clean up.
  const db = new Database("");
  // A cache of what the content files hold: nothing here must survive a crash.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.exec("CREATE TABLE bodies (id INTEGER PRIMARY KEY, markdown TEXT NOT NULL) STRICT");
  const insert = db.prepare<[number, string]>("INSERT INTO bodies (id, markdown) VALUES (?, ?)");
  const select = db.prepare<[number]>("SELECT markdown FROM bodies WHERE id = ?").pluck();
  const remove = db.prepare<[number]>("DELETE FROM bodies WHERE id = ?");
  const ids = new WeakMap<ArticleBody, number>();
  const stored = new Set<number>();
  let retainedBefore = new Set<number>();

  const removeAll = db.transaction((gone: readonly number[]) => {
    for (const id of gone) remove.run(id);
  });

  // Bodies are written in batches, one transaction each: an insert of its
  // own was a fifth of loading 5,000 articles. A batch is written once the
  // current turn of the event loop ends (a scan keeps many bodies per turn),
  // or sooner when it is large; until then a body is read from here.
  const pending = new Map<number, string>();
  let flushing: NodeJS.Immediate | undefined;
  let nextId = 1;
  const insertAll = db.transaction((rows: ReadonlyMap<number, string>) => {
    for (const [id, markdown] of rows) insert.run(id, markdown);
  });
  const flush = () => {
    if (flushing) clearImmediate(flushing);
    flushing = undefined;
    if (pending.size === 0) return;
    insertAll(pending);
    pending.clear();
  };

  const read = (id: number): string => {
    const found: unknown = pending.get(id) ?? select.get(id);
    if (typeof found !== "string") {
      throw new Error(`The body ${id} is no longer stored (the file changed twice since?)`);
    }
    return found;
  };

  return {
    keep(markdown) {
      const id = nextId;
      nextId += 1;
      pending.set(id, markdown);
      stored.add(id);
      if (pending.size >= MAX_PENDING_BODIES) flush();
      else flushing ??= setImmediate(flush);
      const body: ArticleBody = {
        digest: bodyDigest(markdown),
        html: () => bodyHtml(read(id)),
        markdown: () => read(id),
      };
      ids.set(body, id);
      return body;
    },
    retain(bodies) {
      flush();
      const retained = new Set<number>();
      for (const body of bodies) {
        const id = ids.get(body);
        if (id !== undefined) retained.add(id);
      }
      const gone = [...stored].filter((id) => !retained.has(id) && !retainedBefore.has(id));
      removeAll(gone);
      for (const id of gone) stored.delete(id);
      retainedBefore = retained;
    },
    get size() {
      return stored.size;
    },
    close() {
      if (flushing) clearImmediate(flushing);
      pending.clear();
      db.close();
    },
  };
}
