import { describe, expect, it } from "vitest";
import { fixturePublicDir } from "../../support/fixtures";
import { runScript } from "../../support/run-script";

// What each rule reports is tested in-process (tests/unit/content/tooling/check.test.ts);
// here, the command: its arguments, output formats and exit codes.
const dir = "tests/fixtures/content/check";

describe("npm run content:check", { timeout: 60_000 }, () => {
  it("prints every problem and the counts, and exits 1 on errors", () => {
    const result = runScript("content-check.ts", [dir, "--public", fixturePublicDir]);
    expect(result.stdout.split("\n").filter((line) => line.startsWith(dir))).toHaveLength(28);
    expect(result.stdout).toContain("22 errors and 6 warnings in 28 files checked.");
    expect(result.status).toBe(1);
  });

  it("exits 0 when there are only warnings", () => {
    const clean = runScript("content-check.ts", [
      "tests/fixtures/content/valid",
      "--public",
      fixturePublicDir,
    ]);
    expect(clean.stdout).toContain("0 errors and 6 warnings in 8 files checked.");
    expect(clean.status).toBe(0);
  });

  it("checks the site's own content cleanly", () => {
    const site = runScript("content-check.ts", []);
    expect(site.stdout).toMatch(/^0 errors and 0 warnings in \d+ files checked\.$/m);
    expect(site.status).toBe(0);
  });

  it("writes JSON for tools", () => {
    const json = runScript("content-check.ts", [
      dir,
      "--public",
      fixturePublicDir,
      "--format",
      "json",
    ]);
    const report: unknown = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      summary: { files: 28, errors: 22, warnings: 6 },
      problems: expect.arrayContaining([
        {
          file: `${dir}/articles/date-format.md`,
          line: 7,
          column: 1,
          rule: "date-format",
          severity: "error",
          field: "publishedAt",
          message: expect.stringContaining("ISO 8601"),
        },
      ]),
    });
    expect(json.status).toBe(1);
  });

  it("exits 2 with a message for a folder that does not exist", () => {
    const missing = runScript("content-check.ts", ["no/such/folder"]);
    expect(missing.stderr).toContain("no such folder: no/such/folder");
    expect(missing.status).toBe(2);
  });
});
