import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "@/lib/newsletter/sqlite";
import { readOutbox, recipient, tempDir } from "../../support/newsletter";
import { startSmtpServer } from "../../support/smtp";

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

async function confirmed(count: number): Promise<string[]> {
  const store = openSqliteStore(db);
  const emails = Array.from({ length: count }, (_, i) => `reader${i}@example.com`);
  const at = "2026-11-01T08:00:00.000Z";
  for (const email of [...emails, "pending@example.com"]) {
    await store.recordSignup({ email, consentWording: "v1", sourcePath: null, at });
  }
  store.database
    .prepare("UPDATE subscribers SET status = 'confirmed', confirmed_at = ? WHERE email != ?")
    .run(at, "pending@example.com");
  await store.close();
  return emails;
}

beforeEach(() => {
  folder = tempDir("dateline-brief-cli-");
  db = path.join(folder.dir, "newsletter.db");
});
afterEach(() => folder.remove());

// Each test starts the CLI (through tsx) one to five times: slow on a busy machine.
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

  it("sends each message once when two runs start at the same time", async () => {
    const emails = await confirmed(6);
    const smtp = await startSmtpServer();
    try {
      const runs = await Promise.all([
        brief(["send", "--date", "2026-11-25"], { SMTP_URL: smtp.url }),
        brief(["send", "--date", "2026-11-25"], { SMTP_URL: smtp.url }),
      ]);
      expect(runs.map((run) => run.code)).toEqual([0, 0]);
      const delivered = smtp.delivered.flatMap((d) => d.envelopeTo).sort();
      expect(delivered).toEqual(emails);
      // One run sent everything; the other found it taken or done.
      const output = runs.map((run) => run.stdout).join("\n");
      expect(output).toContain("sent 6, skipped 0");
      expect(output).toMatch(/Another run .* is sending|already sent/);
    } finally {
      await smtp.stop();
    }
  });

  it("says so and sends nothing on a day without stories", async () => {
    await confirmed(1);
    const result = await brief(["send", "--date", "2026-11-20"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /No stories were published between .*: no edition for 2026-11-20/,
    );
    expect(await readOutbox(path.join(folder.dir, "outbox"))).toHaveLength(0);
  });

  it("lists what a dry run would send, and sends nothing", async () => {
    await confirmed(2);
    const result = await brief(["send", "--date=2026-11-25", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Would send to 2 confirmed subscribers");
    expect(result.stdout).toContain("https://news.example/articles/brief-reef");
    expect(await readOutbox(path.join(folder.dir, "outbox"))).toHaveLength(0);
    const store = openSqliteStore(db);
    expect(await store.getEdition("2026-11-25")).toBeUndefined();
    await store.close();
  });

  it("writes a preview file and prints its path", async () => {
    const result = await brief(["preview", "--date", "2026-11-25"]);
    expect(result.code).toBe(0);
    const file = result.stdout.trim().split("\n").at(-1) ?? "";
    expect(file).toBe(path.join(folder.dir, "briefs", "2026-11-25.html"));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("Divers count the coral of the Tessaly reef");
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
