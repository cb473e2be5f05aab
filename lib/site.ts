/**
 * Site-wide configuration, in one place. Only SITE_URL comes from the
 * environment, so the canonical origin is never hard-coded elsewhere.
 */
export const site = {
  name: "Dateline",
  tagline: "International news, clearly told",
  origin: normalizeOrigin(process.env.SITE_URL ?? "http://localhost:3000"),
  language: "en",
  locale: "en_GB",
  /** Publication time zone: every date on the site is shown in it. */
  timeZone: "Europe/Paris",
} as const;

function normalizeOrigin(value: string): string {
  const url = new URL(value);
  return url.origin;
}

/** An absolute URL on this site for a root-relative path. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.origin).toString();
}
