import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSettings } from "@/lib/config";
import { contentPaths } from "@/lib/content/pipeline/analyze";
import { createContentStore } from "@/lib/content/store";
import { runBrief, type BriefDependencies, type BriefRequest } from "@/lib/newsletter/brief/run";
import { UsageError } from "@/lib/newsletter/brief/usage-error";
import { openSqliteStore } from "@/lib/newsletter/sqlite";
import {
  readOutbox,
  recipient,
  seedConfirmedSubscribers,
  tempDir,
} from "../../../support/newsletter";
import { startSmtpServer } from "../../../support/smtp";

const root = path.resolve(import.meta.dirname, "../../../..");
const contentDir = path.join(root, "tests", "fixtures", "content", "brief");
const content = createContentStore(contentPaths(contentDir), {
  strict: true,
  rescanAfterMs: Number.POSITIVE_INFINITY,
  includeDrafts: false,
});
let folder: ReturnType<typeof tempDir>;
let db: string;
let outbox: string;

type Run = { code: number; output: string };

/** One run of the brief with the fixture site's settings, its output captured. */
async function brief(request: BriefRequest, env: Record<string, string> = {}): Promise<Run> {
  const lines: string[] = [];
  const io: BriefDependencies = {
    settings: readSettings({
      CONTENT_DIR: contentDir,
      NEWSLETTER_DB: db,
      NEWSLETTER_OUTBOX: outbox,
      SITE_URL: "https://news.example",
      ...env,
    }),
    visibleArticles: (now) => content.visibleArticles(now),
    log: (line) => lines.push(line),
    write: (text) => lines.push(text),
    interactive: false,
    now: () => new Date("2026-12-01T12:00:00+01:00"),
  };
  const code = await runBrief(request, io);
  return { code, output: lines.join("\n") };
}

const send = (date: string): BriefRequest => ({ command: "send", date, dryRun: false });

const confirmed = (count: number) => seedConfirmedSubscribers(db, count);

beforeEach(() => {
  folder = tempDir("dateline-brief-run-");
  db = path.join(folder.dir, "newsletter.db");
  outbox = path.join(folder.dir, "outbox");
});
afterEach(() => folder.remove());

describe("runBrief", () => {
  it("sends the edition of a date into the outbox, then nothing on a second run", async () => {
    const emails = await confirmed(3);
    const first = await brief(send("2026-11-25"));
    expect(first.code).toBe(0);
    expect(first.output).toContain("sent 3/3");
    expect(first.output).toContain("sent 3, skipped 0 (already delivered), failed 0");
    expect(first.output).toContain(
      "Daily news brief, 25 November 2026: Divers count the coral of the Tessaly reef",
    );
    expect(first.output).toContain(`No SMTP_URL set: the emails were written to ${outbox}`);
    const mails = await readOutbox(outbox);
    expect(mails.map(recipient).sort()).toEqual(emails);
    // Lead (newest), then by section order: Europe before Africa; the older story is left out.
    const text = mails[0]?.text ?? "";
    const order = ["Divers count", "Varnholm votes", "Solar clinics"].map((h) => text.indexOf(h));
    expect(order.every((index, i) => index > (order[i - 1] ?? -1))).toBe(true);
    expect(text).not.toContain("An older story");
    expect(text).toContain("https://news.example/articles/brief-reef");

    const second = await brief(send("2026-11-25"));
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/already sent .* to 3 subscribers: nothing to send/);
    expect(await readOutbox(outbox)).toHaveLength(3);
  });

  it("sends each message once over SMTP when two runs start at the same time", async () => {
    const emails = await confirmed(6);
    const smtp = await startSmtpServer();
    try {
      const runs = await Promise.all([
        brief(send("2026-11-25"), { SMTP_URL: smtp.url }),
        brief(send("2026-11-25"), { SMTP_URL: smtp.url }),
      ]);
      expect(runs.map((run) => run.code)).toEqual([0, 0]);
      const delivered = smtp.delivered.flatMap((d) => d.envelopeTo).sort();
      expect(delivered).toEqual(emails);
      // One run sent everything; the other found it taken or done.
      const output = runs.map((run) => run.output).join("\n");
      expect(output).toContain("sent 6, skipped 0");
      expect(output).toMatch(/Another run .* is sending|already sent/);
      expect(await readOutbox(outbox)).toHaveLength(0);
    } finally {
      await smtp.stop();
    }
  });

  it("says so and sends nothing on a day without stories", async () => {
    await confirmed(1);
    const result = await brief(send("2026-11-20"));
    expect(result.code).toBe(0);
    expect(result.output).toMatch(
      /No stories were published between .*: no edition for 2026-11-20/,
    );
    expect(await readOutbox(outbox)).toHaveLength(0);
  });

  it("lists what a dry run would send, and sends nothing", async () => {
    await confirmed(2);
    const result = await brief({ command: "send", date: "2026-11-25", dryRun: true });
    expect(result.code).toBe(0);
    expect(result.output).toContain("Would send to 2 confirmed subscribers");
    expect(result.output).toContain("https://news.example/articles/brief-reef");
    expect(await readOutbox(outbox)).toHaveLength(0);
    const store = openSqliteStore(db);
    expect(await store.getEdition("2026-11-25")).toBeUndefined();
    await store.close();
  });

  it("writes a preview file beside the database and prints its path", async () => {
    const result = await brief({ command: "preview", date: "2026-11-25", dryRun: false });
    expect(result.code).toBe(0);
    const file = result.output.split("\n").at(-1) ?? "";
    expect(file).toBe(path.join(folder.dir, "briefs", "2026-11-25.html"));
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, "utf8");
    expect(html).toContain("Divers count the coral of the Tessaly reef");
    expect(html).toContain("https://news.example/newsletter/briefs/2026-11-25");
  });

  it("takes, without a date, the latest edition whose send time has passed", async () => {
    await confirmed(1);
    // 12:00 in Paris on 1 December is after the default send time (07:00): that day's edition.
    const result = await brief({ command: "send", dryRun: true });
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/no edition for 2026-12-01\.$/);
    // With a send time of 13:00, 1 December's is not due yet at 12:00: 30 November's is.
    const early = await brief({ command: "send", dryRun: true }, { BRIEF_SEND_TIME: "13:00" });
    expect(early.output).toMatch(/no edition for 2026-11-30\.$/);
  });

  it("refuses to send an edition before its window has closed", async () => {
    await expect(brief(send("2026-12-02"))).rejects.toThrow(UsageError);
    await expect(brief(send("2026-12-02"))).rejects.toThrow(/cannot be sent before then/);
  });
});
