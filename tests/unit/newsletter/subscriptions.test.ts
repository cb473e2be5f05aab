import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/newsletter/mail";
import { openSqliteStore, type SqliteStore } from "@/lib/newsletter/sqlite";
import { isLinkUsable, redeemLink, signUp, type Newsletter } from "@/lib/newsletter/subscriptions";
import { hashToken } from "@/lib/newsletter/tokens";
import { consentWording } from "@/lib/newsletter/wording";
import { linkToken, tempDir } from "../../support/newsletter";
import { startSmtpServer } from "../../support/smtp";

let folder: ReturnType<typeof tempDir>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let store: SqliteStore;
let newsletter: Newsletter;
const logged: string[] = [];

beforeEach(async () => {
  folder = tempDir();
  smtp = await startSmtpServer();
  store = openSqliteStore(path.join(folder.dir, "newsletter.db"));
  logged.length = 0;
  newsletter = {
    store,
    mailer: createMailer({
      from: "newsletter@news.example",
      smtpUrl: smtp.url,
      outboxDir: folder.dir,
    }),
    siteOrigin: "https://news.example",
    maxEmailsPerAddressPerDay: 3,
    log: (message) => logged.push(message),
  };
});

afterEach(async () => {
  await store.close();
  await smtp.stop();
  folder.remove();
});

const mailsTo = (address: string) =>
  smtp.delivered.filter((d) => d.envelopeTo.includes(address)).map((d) => d.mail);

describe("double opt-in", () => {
  it("a signup is pending until the emailed confirm link is used, once", async () => {
    const now = new Date("2026-03-01T07:00:00.000Z");
    expect(
      await signUp(newsletter, { email: "reader@example.com", sourcePath: "/articles/a" }, now),
    ).toEqual({
      kind: "accepted",
    });
    expect(await store.findByEmail("reader@example.com")).toMatchObject({
      status: "pending",
      consentWording: consentWording.version,
      consentAt: now.toISOString(),
      sourcePath: "/articles/a",
    });
    const [mail] = mailsTo("reader@example.com");
    const token = linkToken(mail!, "/newsletter/confirm");

    // Only the hash is stored.
    const stored = store.database.prepare("SELECT hash FROM tokens").all() as { hash: string }[];
    expect(stored.map((t) => t.hash)).toContain(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const later = new Date("2026-03-01T08:00:00.000Z");
    expect(await isLinkUsable(newsletter, token, "confirm", later)).toBe(true);
    expect((await store.findByEmail("reader@example.com"))?.status).toBe("pending");
    expect(await redeemLink(newsletter, token, "confirm", later)).toBe(true);
    expect(await store.findByEmail("reader@example.com")).toMatchObject({
      status: "confirmed",
      confirmedAt: later.toISOString(),
    });
    expect(await redeemLink(newsletter, token, "confirm", later)).toBe(false);
    expect(await isLinkUsable(newsletter, token, "confirm", later)).toBe(false);
  });

  it("a confirm link expires after seven days", async () => {
    await signUp(
      newsletter,
      { email: "late@example.com", sourcePath: null },
      new Date("2026-03-01T07:00:00Z"),
    );
    const token = linkToken(mailsTo("late@example.com")[0]!, "/newsletter/confirm");
    expect(await redeemLink(newsletter, token, "confirm", new Date("2026-03-08T07:00:01Z"))).toBe(
      false,
    );
    expect((await store.findByEmail("late@example.com"))?.status).toBe("pending");
  });

  it("forged and malformed tokens do nothing", async () => {
    await signUp(newsletter, { email: "a@example.com", sourcePath: null });
    for (const token of ["", "x", "A".repeat(43), "../../etc", null, 42]) {
      expect(await redeemLink(newsletter, token, "confirm")).toBe(false);
      expect(await isLinkUsable(newsletter, token, "unsubscribe")).toBe(false);
    }
    expect((await store.findByEmail("a@example.com"))?.status).toBe("pending");
  });

  it("the unsubscribe link in the email unsubscribes, once", async () => {
    await signUp(newsletter, { email: "reader@example.com", sourcePath: null });
    const mail = mailsTo("reader@example.com")[0]!;
    await redeemLink(newsletter, linkToken(mail, "/newsletter/confirm"), "confirm");
    const token = linkToken(mail, "/newsletter/unsubscribe");
    expect(await redeemLink(newsletter, token, "unsubscribe")).toBe(true);
    expect(await store.findByEmail("reader@example.com")).toMatchObject({ status: "unsubscribed" });
    expect(await redeemLink(newsletter, token, "unsubscribe")).toBe(false);
  });

  it("a confirmed address signing up again is told nothing changed and stays confirmed", async () => {
    await signUp(newsletter, { email: "reader@example.com", sourcePath: null });
    await redeemLink(
      newsletter,
      linkToken(mailsTo("reader@example.com")[0]!, "/newsletter/confirm"),
      "confirm",
    );
    expect(await signUp(newsletter, { email: "reader@example.com", sourcePath: "/x" })).toEqual({
      kind: "accepted",
    });
    const notice = mailsTo("reader@example.com")[1]!;
    expect(notice.subject).toMatch(/already receive/);
    expect(notice.text).not.toContain("/newsletter/confirm");
    expect(await store.findByEmail("reader@example.com")).toMatchObject({
      status: "confirmed",
      sourcePath: null,
    });
  });

  it("sends one address at most three emails a day, answering the same", async () => {
    const now = new Date("2026-03-01T07:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(
        await signUp(newsletter, { email: "victim@example.com", sourcePath: null }, now),
      ).toEqual({ kind: "accepted" });
    }
    expect(mailsTo("victim@example.com")).toHaveLength(3);
    await signUp(
      newsletter,
      { email: "victim@example.com", sourcePath: null },
      new Date("2026-03-02T07:00:01Z"),
    );
    expect(mailsTo("victim@example.com")).toHaveLength(4);
  });

  it("keeps the signup and reports a mail server that is down", async () => {
    await smtp.stop();
    const result = await signUp(newsletter, { email: "reader@example.com", sourcePath: null });
    expect(result).toEqual({ kind: "mail-failed" });
    expect(logged.join("\n")).toMatch(/Could not send/);
    expect((await store.findByEmail("reader@example.com"))?.status).toBe("pending");
    smtp = await startSmtpServer();
  });
});
