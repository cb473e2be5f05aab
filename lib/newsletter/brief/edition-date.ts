import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import type { SendTime } from "../../config";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written YYYY-MM-DD (the edition's
 * key, in URLs and on the command line). "2026-02-30" is not.
 */
export function isEditionDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function editionDateAt(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The instant an edition goes out: its date at the send time, in the site's time zone. */
export function sendInstant(date: string, sendTime: SendTime, timeZone: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match || !isEditionDate(date)) throw new Error(`Not a date (YYYY-MM-DD): "${date}"`);
  const local = new TZDate(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    sendTime.hour,
    sendTime.minute,
    0,
    timeZone,
  );
  return new Date(local.getTime());
}

/**
 * The stories an edition covers: published after the previous edition's send
 * time and up to its own. That is 24 hours, except on the two days a year the
 * clocks change (23 or 25), so no story falls between two editions or in both.
 */
export function editionWindow(
  date: string,
  sendTime: SendTime,
  timeZone: string,
): { start: Date; end: Date } {
  const end = sendInstant(date, sendTime, timeZone);
  const previous = format(addDays(new TZDate(end.getTime(), timeZone), -1), "yyyy-MM-dd");
  return { start: sendInstant(previous, sendTime, timeZone), end };
}
