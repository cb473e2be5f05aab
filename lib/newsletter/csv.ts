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
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or surrounding spaces, with quotes doubled.
 */
export function csvField(value: string | null): string {
  if (value === null) return "";
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
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
