import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchForChanges, type ChangeWatch } from "@/lib/content/change-watch";

/** Polls until the watch reports a change, doing `act` before each look; false after 5 s. */
async function reportsChange(watch: ChangeWatch, act: () => void = () => {}): Promise<boolean> {
  for (let tries = 0; tries < 100; tries += 1) {
    act();
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (watch.takeChanges()) return true;
  }
  return false;
}

/**
 * Whether a file written inside `folder` is reported: only that folder's own
 * watch sees it (its parent's reports only the folder itself). Writes until seen.
 */
function editsInsideAreSeen(watch: ChangeWatch, folder: string): Promise<boolean> {
  let edits = 0;
  return reportsChange(watch, () => {
    edits += 1;
    writeFileSync(path.join(folder, "new.md"), `edit ${edits}\n`);
  });
}

/** The inotify watches this process holds (Linux): one line per watch in its inotify descriptors' fdinfo. */
function inotifyWatches(): number {
  return readdirSync("/proc/self/fdinfo").reduce((count, fd) => {
    try {
      return count + (readFileSync(`/proc/self/fdinfo/${fd}`, "utf8").match(/^inotify wd:/gm)?.length ?? 0);
    } catch {
      return count; // a descriptor closed while listing
    }
  }, 0);
}

describe("watchForChanges", () => {
  let dir = "";
  let watch: ChangeWatch | undefined;
  afterEach(() => {
    watch?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const setUp = () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "dateline-watch-"));
    mkdirSync(path.join(dir, "2026"));
    writeFileSync(path.join(dir, "2026", "story.md"), "first\n");
    writeFileSync(path.join(dir, "top.md"), "first\n");
  };

  it("reports nothing until a file changes, then an edit in the folder or one inside it", async () => {
    setUp();
    watch = watchForChanges([dir], () => {});
    expect(watch.takeChanges()).toBe(false);
    writeFileSync(path.join(dir, "top.md"), "second\n");
    expect(await reportsChange(watch)).toBe(true);
    expect(watch.takeChanges()).toBe(false);
    writeFileSync(path.join(dir, "2026", "story.md"), "second\n");
    expect(await reportsChange(watch)).toBe(true);
  });

  it("holds one system watch per folder, not one per file", () => {
    setUp();
    for (let n = 0; n < 300; n += 1) writeFileSync(path.join(dir, "2026", `story-${n}.md`), "text\n");
    const before = inotifyWatches();
    watch = watchForChanges([dir], () => {});
    expect(inotifyWatches() - before).toBe(2);
  });

  it("watches a folder created after it started", async () => {
    setUp();
    watch = watchForChanges([dir], () => {});
    mkdirSync(path.join(dir, "2027"));
    expect(await reportsChange(watch)).toBe(true);
    expect(await editsInsideAreSeen(watch, path.join(dir, "2027"))).toBe(true);
  });

  it("watches the folder that replaces one of the same name", async () => {
    setUp();
    watch = watchForChanges([dir], () => {});
    renameSync(path.join(dir, "2026"), path.join(dir, "2026-old"));
    mkdirSync(path.join(dir, "2026"));
    expect(await reportsChange(watch)).toBe(true);
    expect(await editsInsideAreSeen(watch, path.join(dir, "2026"))).toBe(true);
  });

  it("answers 'maybe changed' on every check when a folder cannot be watched, and says why once", () => {
    setUp();
    const logged: string[] = [];
    watch = watchForChanges([path.join(dir, "missing"), path.join(dir, "also-missing")], (message) =>
      logged.push(message),
    );
    expect(watch.takeChanges()).toBe(true);
    expect(watch.takeChanges()).toBe(true);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Not watching .*missing for changes/);
  });
});
