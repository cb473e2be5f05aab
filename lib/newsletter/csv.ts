import type { Subscriber } from "./store";

export const exportColumns = [
  "email",
  "status",
  "consent_at",
  "consent_wording",
  "source_path",
  "created_at",
  "confirmed_at",
  "unsubscribed_at",
] as const;

/**
 * A spreadsheet runs a cell that starts with one of these as a formula. Email
 * addresses may legally start with "=", "+", "-" or "@" ("=HYPERLINK(...)@x"),
 * and anyone can sign up with one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or surrounding spaces, with quotes doubled. A value a spreadsheet would
 * run as a formula gets a leading apostrophe (OWASP's advice for CSV
 * injection), so it opens as text; the operator sees the apostrophe.
 */
export function csvField(value: string | null): string {
  if (value === null) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Subscribers as CSV with a header line and CRLF line ends (RFC 4180). */
export function subscribersCsv(subscribers: readonly Subscriber[]): string {
  const lines = [exportColumns.join(",")];
  for (const s of subscribers) {
    lines.push(
      [
        s.email,
        s.status,
        s.consentAt,
        s.consentWording,
        s.sourcePath,
        s.createdAt,
        s.confirmedAt,
        s.unsubscribedAt,
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
