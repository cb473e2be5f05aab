import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB } from "date-fns/locale";
import { pathTo } from "../../routes";

// Names of an edition that both the email and the web archive use. Kept apart
// from email.ts so the archive pages do not bundle MJML (and all it pulls in).

/** "25 November 2026": the edition's date as readers see it. */
export function editionTitleDate(date: string, timeZone: string): string {
  // Noon UTC of the date falls on the same calendar day in every European zone.
  return format(new Date(`${date}T12:00:00Z`), "d MMMM yyyy", { in: tz(timeZone), locale: enGB });
}

/** The web copy of an edition. */
export function editionPath(date: string): string {
  return pathTo("brief", { date });
}
