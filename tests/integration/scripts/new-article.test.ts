import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "../../support/run-script";

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), "dateline-new-"));
});

afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

// The template and its checks are tested in-process (tests/unit/content/tooling/new-article.test.ts);
// here, the command: its output and exit codes.
describe("npm run new", { timeout: 60_000 }, () => {
  it("creates the file in CONTENT_DIR and says what to do next", async () => {
    const created = runScript("new-article.ts", ["Rail strike ends after 12 days!"], {
      env: { CONTENT_DIR: contentDir },
    });
    expect(created.status).toBe(0);
    const file = path.join(contentDir, "articles", "rail-strike-ends-after-12-days.md");
    expect(created.stdout).toContain("rail-strike-ends-after-12-days.md");
    expect(created.stdout).toContain("Next steps");
    expect(created.stdout).toContain(
      "http://localhost:3000/articles/rail-strike-ends-after-12-days",
    );
    expect(await readFile(file, "utf8")).toMatch(/^draft: true$/m);
  });

  it("exits 1 and leaves an existing article as it was", async () => {
    const env = { CONTENT_DIR: contentDir };
    expect(runScript("new-article.ts", ["Same headline"], { env }).status).toBe(0);
    const file = path.join(contentDir, "articles", "same-headline.md");
    await writeFile(file, "edited by an editor");
    const again = runScript("new-article.ts", ["Same headline"], { env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists; it was not changed");
    expect(await readFile(file, "utf8")).toBe("edited by an editor");
  });

  it("exits 2 and asks for a headline when none is given", () => {
    const result = runScript("new-article.ts", [], { env: { CONTENT_DIR: contentDir } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run new -- [--live] "Headline of the story"');
    expect(
      runScript("new-article.ts", ["--live"], { env: { CONTENT_DIR: contentDir } }).status,
    ).toBe(2);
  });

  it("with --live, creates a live page and points to its /live address", async () => {
    const created = runScript("new-article.ts", ["--live", "Storm hits the coast"], {
      env: { CONTENT_DIR: contentDir },
    });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain("http://localhost:3000/live/storm-hits-the-coast");
    const text = await readFile(
      path.join(contentDir, "articles", "storm-hits-the-coast.md"),
      "utf8",
    );
    expect(text).toMatch(/^live: true$/m);
    expect(text).toMatch(/^--- update/m);
  });
});
