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

/** Bodies written at most in one transaction. */
const MAX_BODIES_PER_TRANSACTION = 500;

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
  let nextId = 1;

  const removeAll = db.transaction((gone: readonly number[]) => {
    for (const id of gone) remove.run(id);
  });

  // Each body is written as it is kept, so that its string dies young in the
  // JavaScript heap: bodies held in a batch until the turn of the event loop
  // ended outlived the young generation, and at 50,000 articles left some
  // 200 MB of garbage in the old one, which V8 gave back only after half a
  // minute of idling. The writes of a turn share one transaction, committed
  // once the turn ends (or sooner when it is large): a transaction per insert
  // was a fifth of loading 5,000 articles. The connection reads its own
  // uncommitted rows, and its own state says whether a transaction is open,
  // so an insert that fails (a full disk) leaves nothing for the next to trip on.
  let writtenInTransaction = 0;
  let committing: NodeJS.Immediate | undefined;
  const commit = () => {
    if (committing) clearImmediate(committing);
    committing = undefined;
    writtenInTransaction = 0;
    if (db.inTransaction) db.exec("COMMIT");
  };
  const write = (id: number, markdown: string) => {
    if (!db.inTransaction) db.exec("BEGIN");
    committing ??= setImmediate(commit);
    insert.run(id, markdown);
    writtenInTransaction += 1;
    if (writtenInTransaction >= MAX_BODIES_PER_TRANSACTION) commit();
  };

  const read = (id: number): string => {
    const found: unknown = select.get(id);
    if (typeof found !== "string") {
      throw new Error(`The body ${id} is no longer stored (the file changed twice since?)`);
    }
    return found;
  };

  return {
    keep(markdown) {
      const id = nextId;
      nextId += 1;
      write(id, markdown);
      stored.add(id);
      const body: ArticleBody = {
        digest: bodyDigest(markdown),
        html: () => bodyHtml(read(id)),
        markdown: () => read(id),
      };
      ids.set(body, id);
      return body;
    },
    retain(bodies) {
      commit();
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
      commit();
      db.close();
    },
  };
}
