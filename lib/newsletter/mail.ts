import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (both parts are sent). */
  html?: string;
  headers: Record<string, string>;
};

export type SentMail = { messageId: string; file?: string };

export type Mailer = { send(mail: OutgoingMail): Promise<SentMail> };

export type MailerOptions = {
  from: string;
  /** Send through this SMTP server (smtp:// or smtps:// URL). */
  smtpUrl?: string;
  /** Without smtpUrl: write each message as a .eml file here. */
  outboxDir: string;
  log?: (message: string) => void;
};

/**
 * Sends email with nodemailer: through SMTP_URL when it is set, otherwise into
 * .eml files in the outbox folder, so a fresh checkout works with no mail
 * server (open the file in any mail program, or read the link in it).
 */
export function createMailer(options: MailerOptions): Mailer {
  const log = options.log ?? ((message: string) => console.info(message));
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        const info = await transport.sendMail({ from: options.from, ...mail });
        return { messageId: info.messageId };
      },
    };
  }

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      const raw = info.message;
      if (!Buffer.isBuffer(raw))
        throw new Error("nodemailer did not return the message as a buffer");
      await mkdir(options.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;
      const file = path.join(options.outboxDir, name);
      // Written under a temporary name and renamed, so a reader never sees half a message.
      await writeFile(`${file}.part`, raw);
      await rename(`${file}.part`, file);
      log(`[newsletter] No SMTP_URL set: wrote the email "${mail.subject}" to ${file}`);
      return { messageId: info.messageId, file };
    },
  };
}
