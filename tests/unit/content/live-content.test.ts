import { cp, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBodyStore, type BodyStore } from "@/lib/content/body-store";
import { createLiveContent, type LiveContentOptions } from "@/lib/content/live-content";
import type { ContentPaths } from "@/lib/content/pipeline/analyze";
import { ContentError } from "@/lib/content/pipeline/problems";
import { fixtureAuthorsDir, fixturePublicDir, fixturesDir } from "../../support/fixtures";

let dir: string;
let paths: ContentPaths;
let now: number;
let logged: string[];
let bodies: BodyStore;

const clock = () => now;
const slugsOf = async (content: { articles(): Promise<{ slug: string }[]> }) =>
  (await content.articles()).map((article) => article.slug).sort();

/** Writes a file and moves its modification time on, as a later edit would. */
async function edit(name: string, text: string) {
  const file = path.join(dir, name);
  await writeFile(file, text);
  const later = new Date(Date.now() + 10_000 + Math.random() * 1000);
  await utimes(file, later, later);
}

/** Writes `name` as a copy of hostile-body.md with another headline, as a later edit would. */
async function editTitle(name: string, title: string) {
  const source = await readFile(path.join(dir, "hostile-body.md"), "utf8");
  await edit(name, source.replace(/^title: .*$/m, `title: ${title}`));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dateline-live-"));
  await cp(path.join(fixturesDir, "valid"), dir, { recursive: true });
  paths = { articlesDir: dir, authorsDir: fixtureAuthorsDir, publicDir: fixturePublicDir };
  now = 0;
  logged = [];
  bodies = createBodyStore();
});

afterEach(async () => {
  bodies.close();
  await rm(dir, { recursive: true, force: true });
});

/** Lenient live content on the test's clock, log and body store; `extra` adds options. */
const lenient = (extra: Partial<LiveContentOptions> = {}) =>
  createLiveContent(paths, {
    strict: false,
    rescanAfterMs: 1000,
    clock,
    log: (message) => logged.push(message),
    bodies,
    ...extra,
  });

describe("createLiveContent (lenient, as on a running server)", () => {
  it("picks up a new file after the rescan interval, not before", async () => {
    const content = lenient();
    expect(await slugsOf(content)).toEqual(["border-talks-resume", "hostile-body", "science-fair-opens"]);
    await editTitle("brand-new-story.md", "Brand new story");
    now = 500;
    expect(await slugsOf(content)).not.toContain("brand-new-story");
    now = 1500;
    expect(await slugsOf(content)).toContain("brand-new-story");
  });

  it("keeps serving the last good version of a file that breaks, and logs why once", async () => {
    const content = lenient();
    const before = (await content.articles()).find((a) => a.slug === "hostile-body");
    await edit("hostile-body.md", "---\ntitle: [broken\n---\n");
    now = 2000;
    const after = (await content.articles()).find((a) => a.slug === "hostile-body");
    expect(after).toEqual(before);
    // Its body too, though the file now holds another.
    expect(after?.body.html()).toContain("<p>Safe paragraph.</p>");
    now = 4000;
    await content.articles();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("hostile-body.md (still serving its previous version)");
    expect(logged[0]).toMatch(/hostile-body\.md:2:\d+ {2}frontmatter-syntax/);
  });

  it("does not publish a new broken file, and says so", async () => {
    const content = lenient();
    await content.articles();
    await edit("new-and-broken.md", "---\ntitle: Only a title\n---\nBody.\n");
    now = 2000;
    expect(await slugsOf(content)).not.toContain("new-and-broken");
    expect(logged.join("\n")).toContain("new-and-broken.md (not published)");
    expect(logged.join("\n")).toContain("required-field  summary: is required but missing");
  });

  it("publishes an article once its new author's file appears", async () => {
    const authorsDir = await mkdtemp(path.join(tmpdir(), "dateline-live-authors-"));
    paths = { ...paths, authorsDir };
    await cp(fixtureAuthorsDir, authorsDir, { recursive: true });
    const content = lenient();
    const source = await readFile(path.join(dir, "hostile-body.md"), "utf8");
    await edit("guest-column.md", source.replace(/^author: .*$/m, "author: guest-writer"));
    expect(await slugsOf(content)).not.toContain("guest-column");
    expect(logged.join("\n")).toContain('unknown-author  author: "guest-writer"');
    await writeFile(
      path.join(authorsDir, "guest-writer.md"),
      "---\nname: Guest Writer\nrole: Columnist\nbio: Writes now and then.\n---\n",
    );
    now = 2000;
    expect(await slugsOf(content)).toContain("guest-column");
    expect((await content.authors()).map((author) => author.id)).toContain("guest-writer");
    await rm(authorsDir, { recursive: true, force: true });
  });

  it("returns the same articles array while nothing changed", async () => {
    const content = lenient();
    const first = await content.articles();
    now = 2000;
    expect(await content.articles()).toBe(first);
  });

  it("publishes a file once its missing image arrives, though no Markdown file changed", async () => {
    const publicDir = await mkdtemp(path.join(tmpdir(), "dateline-live-public-"));
    await cp(fixturePublicDir, publicDir, { recursive: true });
    paths = { ...paths, publicDir };
    const source = await readFile(path.join(dir, "hostile-body.md"), "utf8");
    await edit("late-photo.md", source.replace("/images/photo.jpg", "/images/late-photo.jpg"));
    const content = lenient();
    expect(await slugsOf(content)).not.toContain("late-photo");
    await cp(path.join(publicDir, "images", "photo.jpg"), path.join(publicDir, "images", "late-photo.jpg"));
    now = 2000;
    expect(await slugsOf(content)).toContain("late-photo");
    await rm(publicDir, { recursive: true, force: true });
  });

  it("sees an edit to a file after the interval, with no file added or removed", async () => {
    const content = lenient();
    await content.articles();
    await editTitle("hostile-body.md", "An edited headline");
    now = 2000;
    const edited = (await content.articles()).find((article) => article.slug === "hostile-body");
    expect(edited?.title).toBe("An edited headline");
  });

  it("keeps every body in its body store, and only the bodies of what it serves", async () => {
    const content = lenient();
    const count = (await content.articles()).length;
    expect(bodies.size).toBe(count);
    const source = await readFile(path.join(dir, "hostile-body.md"), "utf8");
    for (const [round, word] of ["First", "Second", "Third"].entries()) {
      await edit("hostile-body.md", source.replace("Safe paragraph.", `${word} paragraph.`));
      now = 2000 * (round + 1);
      const edited = (await content.articles()).find((article) => article.slug === "hostile-body");
      expect(edited?.body.html()).toContain(`<p>${word} paragraph.</p>`);
    }
    // This scan's bodies, and the one replaced by it (a page may still be reading it).
    expect(bodies.size).toBe(count + 1);
  });

  it("drops a deleted file", async () => {
    const content = lenient();
    await content.articles();
    await rm(path.join(dir, "hostile-body.md"));
    now = 2000;
    expect(await slugsOf(content)).not.toContain("hostile-body");
  });
});

describe("createLiveContent watching the folders (a running server)", () => {
  const watching = () => lenient({ watch: { fullRescanAfterMs: 60_000 } });
  /** Asks again each rescan interval until the answer comes (the system reports changes a little later). */
  const eventually = <T>(ask: () => Promise<T>) =>
    expect.poll(
      async () => {
        now += 1000;
        return ask();
      },
      { timeout: 5000, interval: 50 },
    );

  /** Loads, then waits for a rescan interval in which nothing was checked; the scans so far. */
  async function loadedAndQuiet(content: ReturnType<typeof watching>): Promise<number> {
    await content.articles();
    await eventually(async () => {
      const before = content.scans;
      await content.articles();
      return content.scans === before;
    }).toBe(true);
    return content.scans;
  }

  it("checks no file while the system reports no change, and sees an edit once it does", async () => {
    const content = watching();
    const quiet = await loadedAndQuiet(content);
    for (let round = 0; round < 5; round += 1) {
      now += 1000;
      await content.articles();
    }
    expect(content.scans).toBe(quiet);
    await editTitle("hostile-body.md", "Seen through the watch");
    await eventually(
      async () => (await content.articles()).find((article) => article.slug === "hostile-body")?.title,
    ).toBe("Seen through the watch");
    expect(content.scans).toBeGreaterThan(quiet);
  });

  it("answers the files as saved without a scan while the system reports no change, and after one when it does", async () => {
    const content = watching();
    const quiet = await loadedAndQuiet(content);
    await content.articles("asSaved");
    expect(content.scans).toBe(quiet);
    await editTitle("hostile-body.md", "Previewed as saved");
    await expect
      .poll(
        async () =>
          (await content.articles("asSaved")).find((article) => article.slug === "hostile-body")
            ?.title,
        { timeout: 5000, interval: 50 },
      )
      .toBe("Previewed as saved");
    expect(content.scans).toBeGreaterThan(quiet);
  });

  it("checks every file anyway once the full-rescan time has passed", async () => {
    const content = watching();
    const quiet = await loadedAndQuiet(content);
    now += 61_000;
    await content.articles();
    expect(content.scans).toBe(quiet + 1);
  });

  it("checks every file on each rescan when a folder cannot be watched, and says why once", async () => {
    paths = { ...paths, authorsDir: path.join(dir, "no-such-authors-folder") };
    const content = watching();
    await content.articles();
    for (let round = 1; round <= 3; round += 1) {
      now += 1000;
      await content.articles();
    }
    expect(content.scans).toBe(4);
    expect(logged.filter((message) => message.startsWith("Not watching"))).toEqual([
      expect.stringContaining("no-such-authors-folder"),
    ]);
  });
});

describe("createLiveContent serving while it scans (a running server)", () => {
  const serving = () => lenient({ serveWhileScanning: true });

  it("answers with what it has while a rescan runs, then with what the rescan found", async () => {
    const content = serving();
    const before = await content.articles();
    await editTitle("brand-new-story.md", "Brand new story");
    now = 2000;
    // This request started the rescan and did not wait for it.
    expect(await content.articles()).toBe(before);
    await expect.poll(() => slugsOf(content), { timeout: 5000, interval: 20 }).toContain("brand-new-story");
    expect(content.scans).toBe(2);
  });

  it("waits for the rescan when asked for the files as saved (an editor's preview)", async () => {
    const content = serving();
    const before = await content.articles();
    await editTitle("brand-new-story.md", "Brand new story");
    // Within the rescan interval: a reader still gets what was loaded.
    now = 500;
    expect(await content.articles()).toBe(before);
    expect(await content.articles("asSaved")).not.toBe(before);
    expect(await slugsOf(content)).toContain("brand-new-story");
    // After it, while a rescan a reader started is running.
    await editTitle("brand-new-story.md", "Renamed story");
    now = 2000;
    const served = await content.articles();
    const asSaved = await content.articles("asSaved");
    expect(asSaved.find((article) => article.slug === "brand-new-story")?.title).toBe(
      "Renamed story",
    );
    expect(served).not.toBe(asSaved);
  });

  it("keeps serving what it has when a rescan fails, and says why", async () => {
    const content = serving();
    const before = await content.articles();
    await rm(dir, { recursive: true, force: true });
    now = 2000;
    expect(await content.articles()).toBe(before);
    await expect
      .poll(() => logged.join("\n"), { timeout: 5000, interval: 20 })
      .toContain("Rescanning the content failed (still serving what was loaded before)");
    expect(await content.articles()).toBe(before);
  });
});

describe("createLiveContent (strict, as in the build)", () => {
  it("throws a ContentError for any broken file", async () => {
    await edit("broken.md", "---\ntitle: Only a title\n---\n");
    const content = createLiveContent(paths, { strict: true, rescanAfterMs: Infinity });
    await expect(content.articles()).rejects.toBeInstanceOf(ContentError);
  });
});
