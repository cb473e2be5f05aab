import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TestInfo } from "@playwright/test";
import Database from "better-sqlite3";
import { simpleParser, type ParsedMail } from "mailparser";

/** An address no other test (or project, or run) uses. */
export function uniqueAddress(testInfo: TestInfo, label: string): string {
  return `${label}-${testInfo.project.name}-${randomBytes(4).toString("hex")}@example.com`;
}

/** A client address of its own for a test (sent as X-Forwarded-For; the server trusts one proxy). */
export function uniqueClientIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${((c ?? 0) % 250) + 1}`;
}

/** A subscriber row straight from the database file, or undefined. */
export function subscriberRow(
  db: string,
  email: string,
): { status: string; source_path: string | null; consent_wording: string } | undefined {
  const connection = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return connection
      .prepare("SELECT status, source_path, consent_wording FROM subscribers WHERE email = ?")
      .get(email) as
      { status: string; source_path: string | null; consent_wording: string } | undefined;
  } finally {
    connection.close();
  }
}

/** Emails in an outbox folder addressed to one recipient, oldest first. */
export async function mailsTo(outbox: string, address: string): Promise<ParsedMail[]> {
  let names: string[];
  try {
    names = readdirSync(outbox)
      .filter((name) => name.endsWith(".eml"))
      .sort();
  } catch {
    return [];
  }
  const mails: ParsedMail[] = [];
  for (const name of names) {
    const raw = readFileSync(path.join(outbox, name));
    if (!raw.includes(address)) continue;
    const mail = await simpleParser(raw);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    if (to?.value.some((entry) => entry.address === address)) mails.push(mail);
  }
  return mails;
}

/** The first link to `pathname` in an email's text. */
export function linkIn(mail: ParsedMail, pathname: string): URL {
  const match = /https?:\/\/\S+/g;
  for (const [candidate] of (mail.text ?? "").matchAll(match)) {
    const url = new URL(candidate);
    if (url.pathname === pathname) return url;
  }
  throw new Error(`No ${pathname} link in the email:\n${mail.text}`);
}
