import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB } from "date-fns/locale";
import { site } from "./site";

/**
 * Formats an instant for readers in the site's time zone as an absolute date
 * with the zone's abbreviation ("24 February 2019, 18:05 CET"). Never
 * relative ("3 hours ago"): pages are prerendered and must stay true.
 */
export function formatDateTime(iso: string, timeZone: string = site.timeZone): string {
  const date = new Date(iso);
  const local = format(date, "d MMMM yyyy, HH:mm", { in: tz(timeZone), locale: enGB });
  return `${local} ${zoneAbbreviation(date, timeZone)}`;
}

/** A short date for listings ("24 Feb 2019"). */
export function formatShortDate(iso: string, timeZone: string = site.timeZone): string {
  return format(new Date(iso), "d MMM yyyy", { in: tz(timeZone), locale: enGB });
}

/**
 * date-fns only knows offsets ("GMT+1"); readers expect "CET"/"CEST", which
 * the platform's time zone data provides for the British English locale.
 */
function zoneAbbreviation(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(
    date,
  );
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
