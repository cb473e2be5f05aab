import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentedVariables, mailFrom, readSettings, SettingsError } from "@/lib/config";
import { projectRoot as root, sourceFiles } from "@/tests/support/source-files";

/** The variable names in the first column of the table under `heading` in a Markdown file. */
function tableVariables(file: string, heading: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`${file} has no "${heading}" section`);
  const section = text.slice(start + heading.length + 2);
  const end = section.search(/\n#{1,6} /);
  return [...(end === -1 ? section : section.slice(0, end)).matchAll(/^\| `([A-Z0-9_]+)` /gm)].map(
    (match) => match[1] ?? "",
  );
}

describe("readSettings", () => {
  it("gives every default for an empty environment", () => {
    const settings = readSettings({});
    expect(settings.SITE_URL).toBe("http://localhost:3000");
    expect(settings.PORT).toBe(3000);
    expect(settings.CONTENT_DIR).toBe(path.resolve("content"));
    expect(settings.NEWSLETTER_DB).toBe(path.resolve("data/newsletter.db"));
    expect(settings.TRUSTED_PROXY).toBe(0);
    expect(settings.NEWSLETTER_RATE_LIMIT).toBe(5);
    expect(settings.NEWSLETTER_RATE_WINDOW_SECONDS).toBe(600);
    expect(settings.BRIEF_SEND_TIME).toEqual({ hour: 7, minute: 0 });
    expect(settings.BRIEF_MAX_STORIES).toBe(8);
    expect(settings.DATELINE_BUILD_WORKER_HEAP_MB).toBe(768);
    expect(settings.PREVIEW_SECRET).toBeUndefined();
    expect(settings.HSTS).toBe(true);
  });

  it("reads typed values, treating an empty variable as unset", () => {
    const settings = readSettings({
      SITE_URL: "https://news.example/some/path",
      TRUSTED_PROXY: "2",
      BRIEF_SEND_TIME: "06:30",
      HSTS: "off",
      PREVIEW_SECRET: "",
      CONTENT_DIR: "/srv/content",
    });
    expect(settings.SITE_URL).toBe("https://news.example");
    expect(settings.TRUSTED_PROXY).toBe(2);
    expect(settings.BRIEF_SEND_TIME).toEqual({ hour: 6, minute: 30 });
    expect(settings.HSTS).toBe(false);
    expect(settings.PREVIEW_SECRET).toBeUndefined();
    expect(settings.CONTENT_DIR).toBe("/srv/content");
  });

  it("tells the build, development and production apart from Next.js's own variables", () => {
    expect(readSettings({ NEXT_PHASE: "phase-production-build" }).isBuild).toBe(true);
    expect(readSettings({ NODE_ENV: "development" }).isDevelopment).toBe(true);
    expect(readSettings({ NODE_ENV: "production" }).isProduction).toBe(true);
    expect(readSettings({}).isBuild).toBe(false);
  });

  it("names every invalid variable at once instead of falling back to a default", () => {
    let error: unknown;
    try {
      readSettings({
        NEWSLETTER_RATE_LIMIT: "five",
        BRIEF_MAX_STORIES: "0",
        BRIEF_SEND_TIME: "7am",
        SITE_URL: "news.example",
        DATELINE_BUILD_WORKER_HEAP_MB: "1.5",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const problems = error instanceof SettingsError ? error.problems : [];
    expect(problems).toEqual([
      'SITE_URL must be an absolute http(s) URL such as https://example.com, found "news.example"',
      'NEWSLETTER_RATE_LIMIT must be a whole number; it is "five"',
      'BRIEF_SEND_TIME must be a local time as HH:MM (24-hour clock), like 07:00; it is "7am".',
      'BRIEF_MAX_STORIES must be a whole number above 0; it is "0"',
      'DATELINE_BUILD_WORKER_HEAP_MB must be a whole number above 0; it is "1.5"',
    ]);
  });

  it("sends email from the site's host unless MAIL_FROM says otherwise", () => {
    expect(mailFrom(readSettings({ SITE_URL: "https://news.example" }), "Dateline")).toBe(
      '"Dateline" <newsletter@news.example>',
    );
    expect(mailFrom(readSettings({ MAIL_FROM: "desk@news.example" }), "Dateline")).toBe(
      "desk@news.example",
    );
  });
});

describe("the documented variables", () => {
  const all = documentedVariables();

  it("are exactly the variables of README.md's table, in the same order", () => {
    expect(tableVariables("README.md", "## Environment")).toEqual(all.map((v) => v.name));
  });

  it("are exactly those of docs/deploy.md's table but the tests' own", () => {
    expect(tableVariables("docs/deploy.md", "## Environment")).toEqual(
      all.filter((v) => v.use !== "tests").map((v) => v.name),
    );
  });

  it("are read nowhere else: no process.env.NAME outside lib/config.ts", () => {
    const names = new Set<string>(all.map((v) => v.name));
    const offenders: string[] = [];
    const files = sourceFiles(["app", "components", "lib", "scripts", "bench", "deploy", "tests"])
      .concat(["proxy.ts", "next.config.ts", "playwright.config.ts"])
      .filter((file) => file !== "lib/config.ts");
    for (const file of files) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(
        /process\.env\.([A-Z0-9_]+)|process\.env\[["']([A-Z0-9_]+)/g,
      )) {
        const name = match[1] ?? match[2] ?? "";
        if (names.has(name)) offenders.push(`${file}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
