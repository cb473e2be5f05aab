import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { composeEdition } from "@/lib/newsletter/brief/compose";
import type { Edition } from "@/lib/newsletter/brief/edition";
import { sendEdition, type SendOptions } from "@/lib/newsletter/brief/send";
import { createMailer } from "@/lib/newsletter/mail";
import type { SubscriberStore } from "@/lib/newsletter/store";
import { redeemLink } from "@/lib/newsletter/subscriptions";
import { hashToken, issueToken } from "@/lib/newsletter/tokens";
import { makeArticle } from "../article";
import { linkToken, tempDir } from "../newsletter";
import { startSmtpServer, type Delivered } from "../smtp";
import type { StoreBackend, TestDatabase } from "../store-backends";

const origin = "https://news.example";
const date = "2026-11-25";
const at = "2026-11-20T10:00:00.000Z";

const edition: Edition = composeEdition(
  [
    makeArticle({
      slug: "lead-story",
      title: "Lead <story> & more",
      section: "science",
      publishedAt: "2026-11-25T06:00:00+01:00",
    }),
    makeArticle({
      slug: "second",
      title: "Second story",
      publishedAt: "2026-11-24T12:00:00+01:00",
    }),
  ],
  {
    date,
    sendTime: { hour: 7, minute: 0 },
    timeZone: "Europe/Paris",
    maxStories: 8,
    origin,
    now: new Date("2026-11-25T07:00:00Z"),
  },
)!;

/**
 * The brief's sending and its lock behave the same on both stores: tests/unit/
 * newsletter/brief/send.test.ts runs this on SQLite, tests/integration/
 * newsletter/postgres.test.ts on PostgreSQL.
 */
export function briefSendContract(backend: StoreBackend): void {
  describe(`the brief on the ${backend.name} store`, () => {
    let temp: ReturnType<typeof tempDir>;
    let database: TestDatabase;
    let store: SubscriberStore;

    beforeEach(async () => {
      temp = tempDir("dateline-brief-");
      database = await backend.create();
      store = database.open();
    });
    afterEach(async () => {
      await store.close();
      await database.remove();
      temp.remove();
    });

    async function subscriber(email: string, status: "pending" | "confirmed" | "unsubscribed") {
      const row = await store.recordSignup({ email, consentWording: "v1", sourcePath: null, at });
      if (status === "pending") return row;
      const token = issueToken();
      const purpose = status === "confirmed" ? "confirm" : "unsubscribe";
      await store.addToken({
        subscriberId: row.id,
        purpose,
        hash: token.hash,
        at,
        expiresAt: "2099-01-01T00:00:00.000Z",
      });
      expect((await store.redeemToken(hashToken(token.token), purpose, at)).ok).toBe(true);
      return row;
    }

    function options(smtpUrl: string, overrides: Partial<SendOptions> = {}): SendOptions {
      return {
        store,
        mailer: createMailer({
          from: '"Dateline" <brief@news.example>',
          smtpUrl,
          outboxDir: temp.dir,
        }),
        siteName: "Dateline",
        origin,
        timeZone: "Europe/Paris",
        date,
        composed: edition,
        owner: "test-run",
        leaseMs: 60_000,
        attempts: 3,
        backoffMs: () => 0,
        ...overrides,
      };
    }

    function countBy(delivered: Delivered[]): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const { envelopeTo } of delivered)
        for (const to of envelopeTo) counts[to] = (counts[to] ?? 0) + 1;
      return counts;
    }

    describe("sending the brief through a real SMTP server", () => {
      it("sends one complete message to each confirmed subscriber, none to others, and nothing twice", async () => {
        for (const email of ["a@example.com", "b@example.com", "c@example.com"]) {
          await subscriber(email, "confirmed");
        }
        await subscriber("pending@example.com", "pending");
        await subscriber("gone@example.com", "unsubscribed");
        const smtp = await startSmtpServer();
        try {
          const progress: string[] = [];
          const report = await sendEdition(
            options(smtp.url, { onProgress: (done, total) => progress.push(`${done}/${total}`) }),
          );
          expect(report).toMatchObject({ kind: "done", sent: 3, skipped: 0, failed: [] });
          expect(progress).toEqual(["0/3", "1/3", "2/3", "3/3"]);
          expect(countBy(smtp.delivered)).toEqual({
            "a@example.com": 1,
            "b@example.com": 1,
            "c@example.com": 1,
          });

          for (const { mail, envelopeTo, raw } of smtp.delivered) {
            expect(mail.subject).toBe("Daily news brief, 25 November 2026: Lead <story> & more");
            expect(mail.text).toContain("Lead <story> & more");
            expect(mail.text).toContain(`${origin}/articles/second`);
            expect(mail.html).toContain("Lead &lt;story&gt; &amp; more");
            expect(mail.html).toContain(`href="${origin}/articles/lead-story"`);
            // Every image is a story photo from the site: no tracking pixels, no remote fonts.
            const images = [...String(mail.html).matchAll(/<img[^>]*src="([^"]+)"/g)].map(
              (m) => m[1],
            );
            expect(images).toHaveLength(2);
            for (const src of images) expect(src).toBe(`${origin}/images/photo.jpg`);
            expect(mail.html).not.toMatch(/@import|<link|fonts\.googleapis/);

            const token = linkToken(mail, "/newsletter/unsubscribe");
            expect(mail.html).toContain(`${origin}/newsletter/unsubscribe?token=${token}`);
            // The header block, unfolded (long headers continue on indented lines).
            const head = `\r\n${raw.slice(0, raw.indexOf("\r\n\r\n"))}\r\n`.replace(
              /\r\n[ \t]+/g,
              " ",
            );
            expect(head).toContain(
              `\r\nList-Unsubscribe: <${origin}/newsletter/unsubscribe/one-click?token=${token}>\r\n`,
            );
            expect(head).toContain("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
            // The link works: its token unsubscribes this recipient.
            const newsletter = {
              store,
              mailer: { send: async () => ({ messageId: "" }) },
              siteOrigin: origin,
              maxEmailsPerAddressPerDay: 3,
            };
            expect(await redeemLink(newsletter, token, "unsubscribe")).toBe(true);
            expect((await store.findByEmail(envelopeTo[0]!))?.status).toBe("unsubscribed");
          }

          const again = await sendEdition(options(smtp.url, { owner: "second-run" }));
          expect(again).toMatchObject({ kind: "already-sent", delivered: 3 });
          expect(smtp.delivered).toHaveLength(3);
          expect((await store.getEdition(date))?.status).toBe("sent");
        } finally {
          await smtp.stop();
        }
      });

      it("resumes a run stopped half-way by a failing server without sending anyone a second copy", async () => {
        const emails = Array.from({ length: 5 }, (_, i) => `reader${i}@example.com`);
        for (const email of emails) await subscriber(email, "confirmed");

        const failing = await startSmtpServer({ acceptFirst: 2 });
        const first = await sendEdition(options(failing.url));
        await failing.stop();
        expect(first).toMatchObject({ kind: "done", sent: 2, skipped: 0 });
        expect(first.kind === "done" && first.failed.map((f) => f.email)).toEqual(emails.slice(2));
        expect(first.kind === "done" && first.failed[0]?.error).toMatch(/Mailbox busy/);
        expect((await store.getEdition(date))?.status).toBe("incomplete");
        const attempts = await database.query<{ attempts: number }>(
          "SELECT attempts FROM deliveries WHERE status = 'failed'",
        );
        expect(attempts.map((row) => row.attempts)).toEqual([3, 3, 3]);

        const healthy = await startSmtpServer();
        try {
          const second = await sendEdition(options(healthy.url, { owner: "next-run" }));
          expect(second).toMatchObject({ kind: "done", sent: 3, skipped: 2, failed: [] });
          const all = countBy([...failing.delivered, ...healthy.delivered]);
          expect(all).toEqual(Object.fromEntries(emails.map((email) => [email, 1])));
          expect(await store.countDeliveries(date)).toEqual({ sent: 5, failed: 0 });
          expect((await store.getEdition(date))?.status).toBe("sent");
        } finally {
          await healthy.stop();
        }
      });

      it("sends the stored edition when resuming, even if the stories changed since", async () => {
        await subscriber("a@example.com", "confirmed");
        const failing = await startSmtpServer({ acceptFirst: 0 });
        await sendEdition(options(failing.url));
        await failing.stop();
        const healthy = await startSmtpServer();
        try {
          await sendEdition(options(healthy.url, { composed: undefined }));
          expect(healthy.delivered[0]?.mail.subject).toMatch(/Lead <story> & more$/);
        } finally {
          await healthy.stop();
        }
      });

      it("sends nothing on a day without stories", async () => {
        await subscriber("a@example.com", "confirmed");
        const smtp = await startSmtpServer();
        try {
          expect(await sendEdition(options(smtp.url, { composed: undefined }))).toEqual({
            kind: "empty",
          });
          expect(smtp.delivered).toHaveLength(0);
          expect(await store.getEdition(date)).toBeUndefined();
        } finally {
          await smtp.stop();
        }
      });
    });

    describe("the edition's claim (the lock between runs)", () => {
      const claim = (owner: string, time: string, leaseUntil: string) =>
        store.claimEdition({ date, content: JSON.stringify(edition), owner, at: time, leaseUntil });

      it("lets one run hold an edition until its lease runs out, then another takes over", async () => {
        const sub = await subscriber("a@example.com", "confirmed");
        expect(
          (await claim("A", "2026-11-25T06:00:00.000Z", "2026-11-25T06:10:00.000Z")).kind,
        ).toBe("claimed");
        expect(await claim("B", "2026-11-25T06:05:00.000Z", "2026-11-25T06:15:00.000Z")).toEqual({
          kind: "busy",
          owner: "A",
          leaseUntil: "2026-11-25T06:10:00.000Z",
        });
        // A was killed: its lease runs out and B resumes.
        expect(
          (await claim("B", "2026-11-25T06:10:00.000Z", "2026-11-25T06:20:00.000Z")).kind,
        ).toBe("claimed");
        expect(await store.renewEditionLease(date, "A", "2026-11-25T06:30:00.000Z")).toBe(false);
        // A late delivery by A is still recorded (the message did go out), and A learns it lost the claim.
        const delivery = {
          date,
          subscriberId: sub.id,
          status: "sent" as const,
          attempts: 1,
          error: null,
          at: "2026-11-25T06:11:00.000Z",
          leaseUntil: "2026-11-25T06:30:00.000Z",
        };
        expect(await store.recordDelivery({ ...delivery, owner: "A" })).toBe(false);
        expect(await store.editionRecipients(date)).toEqual([]);
        expect(await store.renewEditionLease(date, "B", "2026-11-25T06:30:00.000Z")).toBe(true);
        await store.finishEdition(date, "B", "sent", "2026-11-25T06:12:00.000Z");
        expect(
          (await claim("C", "2026-11-26T06:00:00.000Z", "2026-11-26T06:10:00.000Z")).kind,
        ).toBe("already-sent");
      });
    });
  });
}
