import "server-only";
import { existsSync, readdirSync, stat, watch, type FSWatcher } from "node:fs";
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
 * created, edited or removed.
 */
export function watchForChanges(dirs: readonly string[], log: (message: string) => void): ChangeWatch {
  let changed = false;
  let failed = false;
  const watchers = new Map<string, FSWatcher>();
  const fail = (dir: string, error: unknown) => {
    if (!failed) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`Not watching ${dir} for changes (${reason}): checking every file on each rescan instead`);
    }
    failed = true;
  };
  const unwatch = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(dir + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  // A folder that appears inside a watched one is watched from then on, and
  // one that goes is dropped.
  const follow = (entry: string) => {
    stat(entry, (error, stats) => {
      if (error) unwatch(entry);
      else if (stats.isDirectory() && !watchers.has(entry)) watchTree(entry);
    });
  };
  const watchTree = (dir: string) => {
    try {
      // persistent: false, so that watching never keeps a process alive.
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        changed = true;
        if (name) follow(path.join(dir, name.toString()));
      });
      watcher.on("error", (error) => {
        unwatch(dir);
        // A watched folder removed is a change, not a failure to watch.
        if (existsSync(dir)) fail(dir, error);
        else changed = true;
      });
      watchers.set(dir, watcher);
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) watchTree(path.join(dir, entry.name));
      }
    } catch (error) {
      fail(dir, error);
    }
  };
  for (const dir of dirs) watchTree(dir);
  return {
    takeChanges() {
      const answer = changed || failed;
      changed = false;
      return answer;
    },
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
