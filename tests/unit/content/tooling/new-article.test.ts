import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatCheckReport } from "@/lib/content/tooling/check";
import { createArticleFile } from "@/lib/content/tooling/new-article";

let contentDir: string;
let articlesDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), "dateline-new-"));
  articlesDir = path.join(contentDir, "articles");
});

afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

const paths = () => ({
  articlesDir,
  authorsDir: path.join(contentDir, "authors"),
  // The site's own public/ folder, which holds the template's placeholder photo.
  publicDir: path.resolve("public"),
});

describe("createArticleFile", () => {
  it("writes a draft dated now in the site's zone that passes the checks once filled in", async () => {
    const outcome = await createArticleFile({
      articlesDir,
      title: "Rail strike ends after 12 days!",
      timeZone: "Europe/Paris",
      now: new Date("2026-11-25T21:30:00Z"),
    });
    const file = path.join(articlesDir, "rail-strike-ends-after-12-days.md");
    expect(outcome).toEqual({ kind: "created", file, slug: "rail-strike-ends-after-12-days" });

    const text = await readFile(file, "utf8");
    expect(text).toContain('title: "Rail strike ends after 12 days!"');
    expect(text).toMatch(/^publishedAt: 2026-11-25T22:30:00\+01:00$/m);
    expect(text).toMatch(/^draft: true$/m);

    await writeFile(file, text.replace(/^draft: true\n/m, ""));
    const unknown = formatCheckReport(await checkContent(paths()));
    expect(unknown).toContain('unknown-author  author: "replace-with-your-author-id"');

    await mkdir(path.join(contentDir, "authors"));
    await writeFile(
      path.join(contentDir, "authors", "ana-ruiz.md"),
      "---\nname: Ana Ruiz\nrole: Reporter\nbio: Writes about rail.\n---\n",
    );
    await writeFile(
      file,
      text.replace(/^draft: true\n/m, "").replace(/^author: .*$/m, "author: ana-ruiz"),
    );
    const report = await checkContent(paths());
    expect(report.summary.errors).toBe(0);
    // What is left are the template's placeholders, as warnings.
    expect(report.problems.map((problem) => problem.rule)).toContain("placeholder");
  });

  it("never overwrites an existing article", async () => {
    const options = { articlesDir, title: "Same headline", timeZone: "Europe/Paris" };
    expect((await createArticleFile(options)).kind).toBe("created");
    const file = path.join(articlesDir, "same-headline.md");
    await writeFile(file, "edited by an editor");
    expect(await createArticleFile(options)).toEqual({ kind: "exists", file });
    expect(await readFile(file, "utf8")).toBe("edited by an editor");
  });

  it("refuses a headline without letters or digits", async () => {
    expect(
      await createArticleFile({ articlesDir, title: "?!", timeZone: "Europe/Paris" }),
    ).toEqual({ kind: "no-slug" });
  });
});
