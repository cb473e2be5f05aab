import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { openSqliteStore } from "@/lib/newsletter/sqlite";

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = "dateline-newsletter-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every .eml file in an outbox folder, parsed, oldest first. */
export async function readOutbox(dir: string): Promise<ParsedMail[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".eml"));
  } catch {
    return [];
  }
  names.sort();
  return Promise.all(names.map((name) => simpleParser(readFileSync(path.join(dir, name)))));
}

export function recipient(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
}

/** The token of the first link to `pathname` in a message's text. */
export function linkToken(mail: ParsedMail, pathname: string): string {
  const escaped = pathname.replace(/[/.]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s]+${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(
    mail.text ?? "",
  );
  if (!match?.[1]) throw new Error(`No ${pathname} link in the email:\n${mail.text}`);
  return match[1];
}

/**
 * `count` confirmed subscribers (reader0@example.com, …) and one pending
 * address in the SQLite file `db`; returns the confirmed addresses.
 */
export async function seedConfirmedSubscribers(db: string, count: number): Promise<string[]> {
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
