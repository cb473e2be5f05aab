import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

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
