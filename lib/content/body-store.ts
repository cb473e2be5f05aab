import "server-only";
import Database from "better-sqlite3";
import { bodyDigest } from "./body-digest";
import type { BodyKeeper } from "./inline-body";
import type { ArticleBody } from "./schema";

/**
 * Where a running process keeps its articles' rendered bodies: a private
 * SQLite database on disk, out of the JavaScript heap. At 50,000 articles the
 * bodies were 255 MB of a 653 MB heap, in the server and in each build worker
 * (docs/performance.md, "Server memory and what grows"), while a page needs
 * one body at a time; reading one back takes microseconds.
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

export function createBodyStore(): BodyStore {
  // "": SQLite's temporary database, a file of its own that SQLite deletes
  // when the connection closes (or the process ends): nothing to clean up.
  const db = new Database("");
  // A cache of what the content files hold: nothing here must survive a crash.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.exec("CREATE TABLE bodies (id INTEGER PRIMARY KEY, html TEXT NOT NULL) STRICT");
  const insert = db.prepare<[string]>("INSERT INTO bodies (html) VALUES (?)");
  const select = db.prepare<[number]>("SELECT html FROM bodies WHERE id = ?").pluck();
  const remove = db.prepare<[number]>("DELETE FROM bodies WHERE id = ?");
  const ids = new WeakMap<ArticleBody, number>();
  const stored = new Set<number>();
  let retainedBefore = new Set<number>();

  const removeAll = db.transaction((gone: readonly number[]) => {
    for (const id of gone) remove.run(id);
  });

  return {
    keep(html) {
      const id = Number(insert.run(html).lastInsertRowid);
      stored.add(id);
      const body: ArticleBody = {
        digest: bodyDigest(html),
        html() {
          const found: unknown = select.get(id);
          if (typeof found !== "string") {
            throw new Error(`The rendered body ${id} is no longer stored (the file changed twice since?)`);
          }
          return found;
        },
      };
      ids.set(body, id);
      return body;
    },
    retain(bodies) {
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
      db.close();
    },
  };
}
