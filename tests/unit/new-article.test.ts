import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "../support/run-script";

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), "dateline-new-"));
});

afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

// Each test starts the CLIs in new processes: seconds on a busy machine, more than the 5 s default.
describe("npm run new", { timeout: 60_000 }, () => {
  it("creates a draft from the headline that passes content:check once draft is removed", async () => {
    const created = runScript("new-article.ts", ["Rail strike ends after 12 days!"], {
      env: { CONTENT_DIR: contentDir },
    });
    expect(created.status).toBe(0);
    const file = path.join(contentDir, "articles", "rail-strike-ends-after-12-days.md");
    expect(created.stdout).toContain("rail-strike-ends-after-12-days.md");
    expect(created.stdout).toContain("Next steps");

    const text = await readFile(file, "utf8");
    expect(text).toContain('title: "Rail strike ends after 12 days!"');
    expect(text).toMatch(/^publishedAt: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/m);
    expect(text).toMatch(/^draft: true$/m);

    await writeFile(file, text.replace(/^draft: true\n/m, ""));
    const unknown = runScript("content-check.ts", [contentDir]);
    expect(unknown.stdout).toContain('unknown-author  author: "replace-with-your-author-id"');
    expect(unknown.status).toBe(1);

    await mkdir(path.join(contentDir, "authors"));
    await writeFile(
      path.join(contentDir, "authors", "ana-ruiz.md"),
      "---\nname: Ana Ruiz\nrole: Reporter\nbio: Writes about rail.\n---\n",
    );
    await writeFile(
      file,
      text.replace(/^draft: true\n/m, "").replace(/^author: .*$/m, "author: ana-ruiz"),
    );
    const check = runScript("content-check.ts", [contentDir]);
    expect(check.stdout).toContain("0 errors");
    expect(check.stdout).toContain("placeholder");
    expect(check.status).toBe(0);
  });

  it("refuses to overwrite an existing article", async () => {
    const env = { CONTENT_DIR: contentDir };
    expect(runScript("new-article.ts", ["Same headline"], { env }).status).toBe(0);
    const file = path.join(contentDir, "articles", "same-headline.md");
    await writeFile(file, "edited by an editor");
    const again = runScript("new-article.ts", ["Same headline"], { env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists; it was not changed");
    expect(await readFile(file, "utf8")).toBe("edited by an editor");
  });

  it("asks for a headline when none is given", () => {
    const result = runScript("new-article.ts", [], { env: { CONTENT_DIR: contentDir } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run new -- "Headline of the story"');
  });
});
