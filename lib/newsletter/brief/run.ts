import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { settings, type SendTime, type Settings } from "../../config";
import type { Article } from "../../content/schema";
import { urlTo } from "../../routes";
import { createSiteConfig } from "../../site";
import { contentStore } from "../../content/store";
import { newsletterConfig } from "../config";
import { createMailer } from "../mail";
import { openSubscriberStore } from "../open-store";
import { composeEdition } from "./compose";
import { briefConfig } from "./config";
import { parseEdition } from "./edition";
import { editionDateAt, editionWindow } from "./edition-date";
import { briefHtml, briefSubject } from "./email";
import { sendEdition } from "./send";
import { UsageError } from "./usage-error";

/**
 * The rules of `npm run brief`: which edition is due, when one may be sent,
 * the lease that keeps two runs from sending the same edition, the retries,
 * and what each outcome tells the operator. scripts/brief.ts only parses the
 * command line and calls runBrief.
 */

/** Long enough for any one message (nodemailer gives up on a dead server well before). */
export const LEASE_MS = 15 * 60 * 1000;
/** Attempts per recipient before a delivery is recorded as failed (the next run retries it). */
export const ATTEMPTS = 3;

export type BriefRequest = {
  command: "send" | "preview";
  /** YYYY-MM-DD; without it, the latest edition that is due. */
  date?: string;
  dryRun: boolean;
};

/** What a run works with: the settings, the articles, where it writes, and its clock. */
export type BriefDependencies = {
  settings: Settings;
  /** The articles readers may see at a time (the content store's). */
  visibleArticles(now: Date): Promise<readonly Article[]>;
  log(line: string): void;
  write(text: string): void;
  /** Progress is redrawn on one line in a terminal, logged every 50 messages otherwise. */
  interactive: boolean;
  now(): Date;
};

/** The command line's: this process's settings and content store, the console, the clock. */
export function commandLineDependencies(): BriefDependencies {
  return {
    settings: settings(),
    visibleArticles: (now) => contentStore().visibleArticles(now),
    log: (line) => console.log(line),
    write: (text) => process.stdout.write(text),
    interactive: process.stdout.isTTY,
    now: () => new Date(),
  };
}

const stories = (count: number) => `${count} ${count === 1 ? "story" : "stories"}`;

/** The latest edition that is due at `now`: today's once its send time has passed, else yesterday's. */
export function dueEditionDate(now: Date, sendTime: SendTime, timeZone: string): string {
  const today = editionDateAt(now, timeZone);
  const yesterday = editionDateAt(new Date(now.getTime() - 24 * 3600 * 1000), timeZone);
  return editionWindow(today, sendTime, timeZone).end <= now ? today : yesterday;
}

export async function runBrief(
  { command, date: askedDate, dryRun }: BriefRequest,
  io: BriefDependencies = commandLineDependencies(),
): Promise<number> {
  const site = createSiteConfig(io.settings.SITE_URL);
  const brief = briefConfig(io.settings);
  const newsletter = newsletterConfig(io.settings);
  const now = io.now();
  const date = askedDate ?? dueEditionDate(now, brief.sendTime, site.timeZone);
  const window = editionWindow(date, brief.sendTime, site.timeZone);
  if (command === "send" && window.end > now) {
    throw new UsageError(
      `The edition of ${date} covers stories up to ${window.end.toISOString()}; it cannot be sent before then.`,
    );
  }

  const composed = composeEdition(await io.visibleArticles(now), {
    date,
    sendTime: brief.sendTime,
    timeZone: site.timeZone,
    maxStories: brief.maxStories,
    origin: site.origin,
    now,
  });
  const store = openSubscriberStore(newsletter);
  try {
    const stored = await store.getEdition(date);
    const edition = stored ? parseEdition(stored.content, date) : composed;
    const window_ = `${window.start.toISOString()} to ${window.end.toISOString()}`;
    if (!edition) {
      io.log(`No stories were published between ${window_}: no edition for ${date}.`);
      return 0;
    }

    if (command === "preview") {
      const dir = path.join(path.dirname(newsletter.databaseFile), "briefs");
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${date}.html`);
      const html = await briefHtml(edition, {
        to: "reader@example.com",
        siteName: site.name,
        origin: site.origin,
        timeZone: site.timeZone,
        unsubscribeToken: "preview",
        unsubscribeUrl: urlTo(site.origin, "unsubscribe", {}, { token: "preview" }),
        webUrl: urlTo(site.origin, "brief", { date }),
      });
      await writeFile(file, html);
      io.log(`Subject: ${briefSubject(edition, site.timeZone)}`);
      io.log(`${stories(edition.stories.length)}${stored ? " (the stored edition)" : ""}.`);
      io.log(file);
      return 0;
    }

    if (dryRun) {
      const recipients = await store.editionRecipients(date);
      const delivered = (await store.countDeliveries(date)).sent;
      io.log(`Subject: ${briefSubject(edition, site.timeZone)}`);
      io.log(`${stories(edition.stories.length)}:`);
      for (const story of edition.stories) io.log(`  ${story.headline}  ${story.url}`);
      io.log(
        stored?.status === "sent"
          ? `Already sent (${stored.sentAt}); nothing would be sent.`
          : `Would send to ${recipients.length} confirmed subscribers (${delivered} already have it). Nothing sent (dry run).`,
      );
      return 0;
    }

    const interactive = io.interactive;
    const report = await sendEdition({
      store,
      mailer: createMailer({
        from: newsletter.mailFrom,
        smtpUrl: newsletter.smtpUrl,
        outboxDir: newsletter.outboxDir,
        log: () => {},
      }),
      siteName: site.name,
      origin: site.origin,
      timeZone: site.timeZone,
      date,
      composed,
      owner: `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
      leaseMs: LEASE_MS,
      attempts: ATTEMPTS,
      backoffMs: (attempt) => 2000 * attempt,
      onProgress(done, total) {
        if (interactive) io.write(`\rsent ${done}/${total}`);
        else if (done === total || (done > 0 && done % 50 === 0)) io.log(`sent ${done}/${total}`);
      },
    });
    if (interactive) io.write("\n");

    switch (report.kind) {
      case "empty":
        io.log(`No stories were published between ${window_}: no edition for ${date}.`);
        return 0;
      case "already-sent":
        io.log(
          `The edition of ${date} was already sent (${report.sentAt}) to ${report.delivered} subscribers: nothing to send.`,
        );
        return 0;
      case "busy":
        io.log(
          `Another run (${report.owner}) is sending the edition of ${date} (its claim lasts until ${report.leaseUntil}): nothing to do here.`,
        );
        return 0;
      case "done": {
        io.log(`Edition of ${date}: ${briefSubject(report.edition, site.timeZone)}`);
        io.log(
          `sent ${report.sent}, skipped ${report.skipped} (already delivered), failed ${report.failed.length}`,
        );
        for (const { email, error } of report.failed) io.log(`  failed: ${email}: ${error}`);
        if (!newsletter.smtpUrl && report.sent > 0) {
          io.log(`No SMTP_URL set: the emails were written to ${newsletter.outboxDir}`);
        }
        if (report.lostClaim) {
          io.log("Stopped: another run took over this edition (this run had stalled too long).");
          return 1;
        }
        if (report.failed.length > 0) {
          io.log(`Run the command again to retry the failed deliveries.`);
          return 1;
        }
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}
