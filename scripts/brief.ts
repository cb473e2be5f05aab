// `npm run brief -- send [--date YYYY-MM-DD] [--dry-run]` and
// `npm run brief -- preview [--date YYYY-MM-DD]`: the Daily news brief.
// Run through tsx (see package.json). Exit codes: 0 sent or nothing to send,
// 1 some deliveries failed (or another problem), 2 usage error.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { briefConfig } from "@/lib/newsletter/brief/config";
import { editionDateAt, editionWindow, isEditionDate } from "@/lib/newsletter/brief/edition-date";
import { newsletterConfig } from "@/lib/newsletter/config";
import { site } from "@/lib/site";

const USAGE = `Usage:
  npm run brief -- send [--date YYYY-MM-DD] [--dry-run]   send the edition to every confirmed subscriber
  npm run brief -- preview [--date YYYY-MM-DD]            write the edition's HTML to a file

Without --date: the latest edition whose send time (BRIEF_SEND_TIME, ${site.timeZone}) has passed.`;

/** Long enough for any one message (nodemailer gives up on a dead server well before). */
const LEASE_MS = 15 * 60 * 1000;
const ATTEMPTS = 3;

class UsageError extends Error {}

const stories = (count: number) => `${count} ${count === 1 ? "story" : "stories"}`;

function parseArguments(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== "send" && command !== "preview") throw new UsageError(USAGE);
  let date: string | undefined;
  let dryRun = false;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    if (argument === "--date" || argument.startsWith("--date=")) {
      const value = argument === "--date" ? rest[++index] : argument.slice("--date=".length);
      if (!value || !isEditionDate(value)) {
        throw new UsageError(`--date takes a calendar date as YYYY-MM-DD, found "${value ?? ""}".`);
      }
      date = value;
    } else if (argument === "--dry-run" && command === "send") {
      dryRun = true;
    } else {
      throw new UsageError(`Unexpected argument: ${argument}\n\n${USAGE}`);
    }
  }
  return { command, date, dryRun };
}

async function main(argv: string[]): Promise<number> {
  const { command, date: askedDate, dryRun } = parseArguments(argv);
  // Loaded after the arguments are checked: a usage error answers at once.
  const [
    { getArticles },
    { composeEdition },
    { briefHtml, briefSubject },
    { editionPath },
    { parseEdition },
    { sendEdition },
  ] = await Promise.all([
    import("@/lib/content/queries"),
    import("@/lib/newsletter/brief/compose"),
    import("@/lib/newsletter/brief/email"),
    import("@/lib/newsletter/brief/edition-names"),
    import("@/lib/newsletter/brief/edition"),
    import("@/lib/newsletter/brief/send"),
  ]);
  const [{ createMailer }, { openSubscriberStore }] = await Promise.all([
    import("@/lib/newsletter/mail"),
    import("@/lib/newsletter/open-store"),
  ]);
  const brief = briefConfig();
  const newsletter = newsletterConfig();
  const now = new Date();

  // The latest edition that is due: today's once its send time has passed, else yesterday's.
  const today = editionDateAt(now, site.timeZone);
  const yesterday = editionDateAt(new Date(now.getTime() - 24 * 3600 * 1000), site.timeZone);
  const date =
    askedDate ??
    (editionWindow(today, brief.sendTime, site.timeZone).end <= now ? today : yesterday);
  const window = editionWindow(date, brief.sendTime, site.timeZone);
  if (command === "send" && window.end > now) {
    throw new UsageError(
      `The edition of ${date} covers stories up to ${window.end.toISOString()}; it cannot be sent before then.`,
    );
  }

  const composed = composeEdition(await getArticles(now), {
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
      console.log(`No stories were published between ${window_}: no edition for ${date}.`);
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
        unsubscribeUrl: new URL("/newsletter/unsubscribe?token=preview", site.origin).toString(),
        webUrl: new URL(editionPath(date), site.origin).toString(),
      });
      await writeFile(file, html);
      console.log(`Subject: ${briefSubject(edition, site.timeZone)}`);
      console.log(`${stories(edition.stories.length)}${stored ? " (the stored edition)" : ""}.`);
      console.log(file);
      return 0;
    }

    if (dryRun) {
      const recipients = await store.editionRecipients(date);
      const delivered = (await store.countDeliveries(date)).sent;
      console.log(`Subject: ${briefSubject(edition, site.timeZone)}`);
      console.log(`${stories(edition.stories.length)}:`);
      for (const story of edition.stories) console.log(`  ${story.headline}  ${story.url}`);
      console.log(
        stored?.status === "sent"
          ? `Already sent (${stored.sentAt}); nothing would be sent.`
          : `Would send to ${recipients.length} confirmed subscribers (${delivered} already have it). Nothing sent (dry run).`,
      );
      return 0;
    }

    const interactive = process.stdout.isTTY;
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
        if (interactive) process.stdout.write(`\rsent ${done}/${total}`);
        else if (done === total || (done > 0 && done % 50 === 0))
          console.log(`sent ${done}/${total}`);
      },
    });
    if (interactive) process.stdout.write("\n");

    switch (report.kind) {
      case "empty":
        console.log(`No stories were published between ${window_}: no edition for ${date}.`);
        return 0;
      case "already-sent":
        console.log(
          `The edition of ${date} was already sent (${report.sentAt}) to ${report.delivered} subscribers: nothing to send.`,
        );
        return 0;
      case "busy":
        console.log(
          `Another run (${report.owner}) is sending the edition of ${date} (its claim lasts until ${report.leaseUntil}): nothing to do here.`,
        );
        return 0;
      case "done": {
        console.log(`Edition of ${date}: ${briefSubject(report.edition, site.timeZone)}`);
        console.log(
          `sent ${report.sent}, skipped ${report.skipped} (already delivered), failed ${report.failed.length}`,
        );
        for (const { email, error } of report.failed) console.log(`  failed: ${email}: ${error}`);
        if (!newsletter.smtpUrl && report.sent > 0) {
          console.log(`No SMTP_URL set: the emails were written to ${newsletter.outboxDir}`);
        }
        if (report.lostClaim) {
          console.log(
            "Stopped: another run took over this edition (this run had stalled too long).",
          );
          return 1;
        }
        if (report.failed.length > 0) {
          console.log(`Run the command again to retry the failed deliveries.`);
          return 1;
        }
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
