import "server-only";
import { getNewsletter } from "../instance";
import { parseEdition, type Edition } from "./edition";
import { isEditionDate } from "./edition-date";

/**
 * The web archive of the brief: what the editions' rows hold, exactly as
 * sent. Read from the database on every request (the archive pages are dynamic).
 */
export async function getArchivedEdition(date: string): Promise<Edition | undefined> {
  if (!isEditionDate(date)) return undefined;
  const stored = await getNewsletter().newsletter.store.getEdition(date);
  return stored && parseEdition(stored.content, date);
}

/** Every edition that has gone out (or is going out), newest first. */
export async function listArchivedEditions(): Promise<Edition[]> {
  const stored = await getNewsletter().newsletter.store.listEditions();
  return stored.map((row) => parseEdition(row.content, row.date));
}

/** A link or image URL of a stored edition as a path on this site (editions store absolute URLs). */
export function sitePath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
