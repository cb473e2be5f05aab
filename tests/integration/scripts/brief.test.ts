import { execFile } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOutbox, recipient, seedConfirmedSubscribers, tempDir } from "../../support/newsletter";

const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const contentDir = path.join(root, "tests", "fixtures", "content", "brief");
let folder: ReturnType<typeof tempDir>;
let db: string;

type Result = { code: number; stdout: string; stderr: string };

/** Runs the CLI as `npm run brief -- …` does (tsx with the react-server condition), without blocking. */
function brief(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, "--conditions=react-server", path.join(root, "scripts", "brief.ts"), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          NEWSLETTER_DB: db,
          NEWSLETTER_OUTBOX: path.join(folder.dir, "outbox"),
          SITE_URL: "https://news.example",
          SMTP_URL: "",
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const confirmed = (count: number) => seedConfirmedSubscribers(db, count);

beforeEach(() => {
  folder = tempDir("dateline-brief-cli-");
  db = path.join(folder.dir, "newsletter.db");
});
afterEach(() => folder.remove());

// The rules of a run are tested in-process (tests/unit/newsletter/brief/run.test.ts);
// here, the command: its settings from the environment, its output and exit codes.
// Each test starts the CLI (through tsx) a few times: slow on a busy machine.
describe("npm run brief", { timeout: 240_000 }, () => {
  it("sends the edition of a date into the outbox, then nothing on a second run", async () => {
    const emails = await confirmed(3);
    const first = await brief(["send", "--date", "2026-11-25"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("sent 3/3");
    expect(first.stdout).toContain("sent 3, skipped 0 (already delivered), failed 0");
    expect(first.stdout).toContain(
      "Daily news brief, 25 November 2026: Divers count the coral of the Tessaly reef",
    );
    const mails = await readOutbox(path.join(folder.dir, "outbox"));
    expect(mails.map(recipient).sort()).toEqual(emails);
    // Lead (newest), then by section order: Europe before Africa; the older story is left out.
    const text = mails[0]?.text ?? "";
    const order = ["Divers count", "Varnholm votes", "Solar clinics"].map((h) => text.indexOf(h));
    expect(order.every((index, i) => index > (order[i - 1] ?? -1))).toBe(true);
    expect(text).not.toContain("An older story");

    const second = await brief(["send", "--date", "2026-11-25"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already sent .* to 3 subscribers: nothing to send/);
    expect(await readOutbox(path.join(folder.dir, "outbox"))).toHaveLength(3);
  });

  it("answers usage errors with exit code 2", async () => {
    for (const args of [
      [],
      ["send", "--date", "2026-02-30"],
      ["send", "--nope"],
      ["preview", "--dry-run"],
    ]) {
      const result = await brief(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).not.toBe("");
    }
    const future = await brief(["send", "--date", "2999-01-01"]);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/cannot be sent before then/);
  });
});
