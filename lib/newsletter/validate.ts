import { domainToASCII } from "node:url";

/** RFC 5321's limit for a whole forward path, which is what a mailbox can be. */
export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

export type EmailValidation =
  { ok: true; email: string } | { ok: false; problem: EmailProblem; message: string };

export const emailProblems = {
  missing: "Enter your email address.",
  lineBreak: "An email address cannot contain line breaks.",
  tooLong: `That address is too long: an email address has at most ${MAX_EMAIL_LENGTH} characters.`,
  notSingle:
    "Enter one email address only, without a name or other addresses (for example name@example.com).",
  malformed:
    "That does not look like a complete email address. Check it and try again (for example name@example.com).",
} as const;

export type EmailProblem = keyof typeof emailProblems;

function refuse(problem: EmailProblem): EmailValidation {
  return { ok: false, problem, message: emailProblems[problem] };
}

// The unquoted "atext" characters of RFC 5322, dot-separated. Quoted local
// parts and comments are legal but only ever seen in attacks and tests.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Checks one address typed by a reader and returns it normalized: trimmed,
 * Unicode NFC, lower-cased, internationalized domain in its ASCII (punycode)
 * form. Lower-casing the local part is what every mailbox provider readers use
 * does in practice, and it makes " A@B.C " and "a@b.c" one subscriber.
 */
export function validateEmail(raw: unknown): EmailValidation {
  if (typeof raw !== "string") return refuse("missing");
  // Checked before trimming: a header injection often ends in a line break.
  if (/[\r\n]/.test(raw)) return refuse("lineBreak");
  const trimmed = raw.trim();
  if (trimmed === "") return refuse("missing");
  if (trimmed.length > MAX_EMAIL_LENGTH) return refuse("tooLong");
  // Display names ("Name <a@b.c>"), lists ("a@b.c, d@e.f") and group syntax.
  if (/[<>,;:"()[\]\s\\]/.test(trimmed) || trimmed.split("@").length > 2)
    return refuse("notSingle");
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return refuse("malformed");

  const at = trimmed.lastIndexOf("@");
  if (at < 1) return refuse("malformed");
  const local = trimmed.slice(0, at).normalize("NFC").toLowerCase();
  const domain = toAsciiDomain(trimmed.slice(at + 1).normalize("NFC"));
  if (!domain || local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) {
    return refuse("malformed");
  }
  const email = `${local}@${domain}`;
  if (email.length > MAX_EMAIL_LENGTH) return refuse("tooLong");
  return { ok: true, email };
}

/** "Exämple.ORG" -> "xn--exmple-cua.org"; undefined when it is no usable domain name. */
function toAsciiDomain(domain: string): string | undefined {
  if (domain === "" || domain.endsWith(".")) return undefined;
  const ascii = domainToASCII(domain).toLowerCase();
  if (ascii === "" || ascii.length > 253) return undefined;
  const labels = ascii.split(".");
  // A mailbox on a bare host name ("a@localhost") cannot be reached from the internet.
  if (labels.length < 2) return undefined;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  // The top-level domain is never all digits: that is an IP address, not a domain.
  if (/^\d+$/.test(labels[labels.length - 1] ?? "")) return undefined;
  return ascii;
}

const SOURCE_PATH = /^\/[A-Za-z0-9/_.-]{0,200}$/;

/** The page a signup came from, if the form's hidden field holds a plausible site path. */
export function normalizeSourcePath(raw: unknown): string | null {
  if (typeof raw !== "string" || !SOURCE_PATH.test(raw) || raw.includes("//")) return null;
  return raw;
}
