import "server-only";
import { existsSync, lstatSync, readdirSync, watch, type FSWatcher } from "node:fs";
import { lstat } from "node:fs/promises";
import path from "node:path";

/** Whether the content folders may have changed, as the system reports it. */
export type ChangeWatch = {
  /** Whether anything may have changed since the last call (or watching failed); resets. */
  takeChanges(): boolean;
  close(): void;
};

/**
 * Watches folders (and the folders inside them) for any change, so that a
 * running server need not list and stat every file to learn that nothing
 * changed: at 50,000 articles that took 0.7-0.9 s every 5 s
 * (docs/performance.md). A folder that cannot be watched (missing, or out of
 * inotify watches) means every check answers "maybe changed", as without a
 * watch; the reason is logged once. Events say only that something happened:
 * the caller scans to learn what.
 *
 * One watch per folder, not `recursive: true`: on Linux, Node 20 implements
 * that in JavaScript with a stat and a watch for every file, which at 50,000
 * articles held 77 MB of heap (140 MB resident), blocked the server for a
 * second at start and used 50,000 of the system's inotify watches (8,192 on
 * many machines). A folder's own watch already reports its files being
 * created, edited or removed. Folders created, removed or replaced later
 * are followed from their parent's events; symbolic links are not followed
 * (the scan does not list what they point to either). What an event can
 * miss (a queue overflow, a root folder removed and made again) the
 * caller's periodic full check still finds.
 */
export function watchForChanges(dirs: readonly string[], log: (message: string) => void): ChangeWatch {
  let changed = false;
  let failed = false;
  let closed = false;
  const watched = new Map<string, { watcher: FSWatcher; dev: number; ino: number }>();
  const fail = (dir: string, error: unknown) => {
    if (!failed) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`Not watching ${dir} for changes (${reason}): checking every file on each rescan instead`);
    }
    failed = true;
  };
  const unwatch = (dir: string) => {
    for (const [folder, { watcher }] of watched) {
      if (folder === dir || folder.startsWith(dir + path.sep)) {
        watcher.close();
        watched.delete(folder);
      }
    }
  };

  const watchTree = (dir: string, isRoot: boolean) => {
    if (closed || watched.has(dir)) return;
    try {
      const { dev, ino } = lstatSync(dir);
      // persistent: false, so that watching never keeps a process alive.
      const watcher = watch(dir, { persistent: false }, (event, name) => {
        changed = true;
        // Only a name appearing, going or renamed can be a folder to follow:
        // an edit ("change") costs nothing more.
        if (event === "rename" && name) follow(path.join(dir, name.toString()));
      });
      watcher.on("error", (error) => {
        unwatch(dir);
        // A watched folder removed is a change, not a failure to watch.
        if (existsSync(dir)) fail(dir, error);
        else changed = true;
      });
      watched.set(dir, { watcher, dev, ino });
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) watchTree(path.join(dir, entry.name), false);
      }
    } catch (error) {
      // A folder inside that went before it could be watched is a change, not a failure.
      if (!isRoot && isGone(error)) {
        unwatch(dir);
        changed = true;
      } else fail(dir, error);
    }
  };

  // Names from rename events, looked at one at a time: a bulk copy of
  // thousands of files queues each name once instead of starting a stat for each.
  const toFollow = new Set<string>();
  let following = false;
  const follow = (entry: string) => {
    toFollow.add(entry);
    if (!following) void followAll().catch((error: unknown) => fail(entry, error));
  };
  const followAll = async () => {
    following = true;
    try {
      for (const entry of toFollow) {
        toFollow.delete(entry);
        if (closed) break;
        await followOne(entry);
      }
    } finally {
      following = false;
    }
  };
  const followOne = async (entry: string) => {
    const known = watched.get(entry);
    const stats = await lstat(entry).catch(() => undefined);
    if (closed) return;
    if (!stats?.isDirectory()) {
      if (known) unwatch(entry);
      return;
    }
    if (known && known.dev === stats.dev && known.ino === stats.ino) return;
    // A new folder, or another one under the same name (renamed into place).
    if (known) unwatch(entry);
    watchTree(entry, false);
    // Its files may have been written before its watch began.
    changed = true;
  };

  for (const dir of dirs) watchTree(dir, true);
  return {
    takeChanges() {
      const answer = changed || failed;
      changed = false;
      return answer;
    },
    close() {
      closed = true;
      for (const { watcher } of watched.values()) watcher.close();
      watched.clear();
      toFollow.clear();
    },
  };
}

function isGone(error: unknown): boolean {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return code === "ENOENT" || code === "ENOTDIR";
}
