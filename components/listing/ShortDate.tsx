import { formatShortDate } from "@/lib/dates";

/** A story's publication date as listings show it ("25 Nov 2026"), machine-readable too. */
export function ShortDate({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatShortDate(iso, timeZone)}</time>;
}
