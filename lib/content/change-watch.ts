import "server-only";
import { watch, type FSWatcher } from "node:fs";

/** Whether the content folders may have changed, as the system reports it. */
export type ChangeWatch = {
  /** Whether anything may have changed since the last call (or watching failed); resets. */
  takeChanges(): boolean;
  close(): void;
};

/**
 * Watches folders (recursively) for any change, so that a running server
 * need not list and stat every file to learn that nothing changed: at 50,000
 * articles that took 0.7-0.9 s every 5 s (docs/performance.md). A folder that
 * cannot be watched (missing, or out of inotify watches) means every check
 * answers "maybe changed", as without a watch; the reason is logged once.
 * Events say only that something happened: the caller scans to learn what.
 */
export function watchForChanges(dirs: readonly string[], log: (message: string) => void): ChangeWatch {
  let changed = false;
  let failed = false;
  const watchers: FSWatcher[] = [];
  const fail = (dir: string, error: unknown) => {
    if (!failed) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`Not watching ${dir} for changes (${reason}): checking every file on each rescan instead`);
    }
    failed = true;
  };
  for (const dir of dirs) {
    try {
      // persistent: false, so that watching never keeps a process alive.
      const watcher = watch(dir, { recursive: true, persistent: false }, () => {
        changed = true;
      });
      watcher.on("error", (error) => fail(dir, error));
      watchers.push(watcher);
    } catch (error) {
      fail(dir, error);
    }
  }
  return {
    takeChanges() {
      const answer = changed || failed;
      changed = false;
      return answer;
    },
    close() {
      for (const watcher of watchers) watcher.close();
    },
  };
}
