import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { confirmationEmail } from "@/lib/newsletter/emails";
import { createMailer } from "@/lib/newsletter/mail";
import { readOutbox, recipient, tempDir } from "../../support/newsletter";
import { startSmtpServer } from "../../support/smtp";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const mail = confirmationEmail("reader@example.com", {
  origin: "https://news.example",
  unsubscribeToken: "U".repeat(43),
  confirmToken: "C".repeat(43),
  confirmDays: 7,
});

describe("the mailer", () => {
  it("sends through SMTP_URL to a real SMTP server, with the unsubscribe headers", async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.stop);
    const mailer = createMailer({
      from: '"Dateline" <newsletter@news.example>',
      smtpUrl: smtp.url,
      outboxDir: "/nonexistent",
    });
    await mailer.send(mail);

    expect(smtp.delivered).toHaveLength(1);
    const [delivered] = smtp.delivered;
    expect(delivered?.envelopeTo).toEqual(["reader@example.com"]);
    const parsed = delivered!.mail;
    expect(parsed.subject).toBe("Confirm your subscription to the Dateline Daily news brief");
    expect(parsed.from?.value[0]?.address).toBe("newsletter@news.example");
    expect(parsed.text).toContain(
      `https://news.example/newsletter/confirm?token=${"C".repeat(43)}`,
    );
    expect(parsed.text).toContain(
      `https://news.example/newsletter/unsubscribe?token=${"U".repeat(43)}`,
    );
    // Header lines unfolded (long ones are wrapped onto continuation lines).
    const head = delivered!.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
    expect(head).toMatch(
      /^List-Unsubscribe: <https:\/\/news\.example\/newsletter\/unsubscribe\/one-click\?token=U{43}>$/m,
    );
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it("without SMTP_URL writes a complete .eml file to the outbox and logs where", async () => {
    const folder = tempDir();
    cleanups.push(folder.remove);
    const outbox = path.join(folder.dir, "outbox");
    const logged: string[] = [];
    const mailer = createMailer({
      from: "newsletter@news.example",
      outboxDir: outbox,
      log: (m) => logged.push(m),
    });

    const sent = await mailer.send(mail);
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    expect(sent.file).toBe(path.join(outbox, files[0]!));
    expect(logged.join("\n")).toContain(sent.file);
    const [parsed] = await readOutbox(outbox);
    expect(recipient(parsed!)).toBe("reader@example.com");
    expect(parsed!.text).toContain("/newsletter/confirm?token=");
    expect(readFileSync(sent.file!, "utf8")).toMatch(
      /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m,
    );
  });

  it("reports a server that refuses the connection as an error", async () => {
    const smtp = await startSmtpServer();
    await smtp.stop();
    const mailer = createMailer({
      from: "n@news.example",
      smtpUrl: smtp.url,
      outboxDir: "/nonexistent",
    });
    await expect(mailer.send(mail)).rejects.toThrow();
  });
});
