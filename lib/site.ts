import { settings, DEFAULT_SITE_URL, parseOrigin } from "./config";
import { pathTo } from "./routes";

/** An image served from public/, with its pixel size (checked against the file by a test). */
export type SiteImage = { src: string; width: number; height: number; alt: string };

export type SiteConfig = {
  name: string;
  tagline: string;
  description: string;
  /** Canonical origin (scheme, host, port), without a trailing slash. */
  origin: string;
  /** BCP 47 language of the content. */
  language: string;
  /** Open Graph locale. */
  locale: string;
  /** Publication time zone: every date on the site is shown in it. */
  timeZone: string;
  publisher: { name: string; logo: SiteImage };
  /** The social preview of pages that have no photo of their own (home, sections). */
  defaultSocialImage: SiteImage;
  /** Paths of the three feeds, announced on every page. */
  feeds: { rss: string; atom: string; json: string };
};

/**
 * Site-wide configuration, in one place. Only the origin comes from the
 * environment (SITE_URL, lib/config.ts), so the canonical origin is never
 * hard-coded elsewhere.
 */
export function createSiteConfig(siteUrl: string | undefined): SiteConfig {
  return {
    name: "Dateline",
    tagline: "International news, clearly told",
    description:
      "Dateline reports international news: politics, society, science and the stories behind them.",
    origin: parseOrigin(siteUrl || DEFAULT_SITE_URL),
    language: "en",
    locale: "en_GB",
    timeZone: "Europe/Paris",
    publisher: {
      name: "Dateline",
      logo: { src: "/brand/logo.png", width: 512, height: 512, alt: "Dateline" },
    },
    defaultSocialImage: {
      src: "/brand/social.png",
      width: 1200,
      height: 630,
      alt: "Dateline: International news, clearly told",
    },
    feeds: { rss: pathTo("rssFeed"), atom: pathTo("atomFeed"), json: pathTo("jsonFeed") },
  };
}

export const site: SiteConfig = createSiteConfig(settings().SITE_URL);

/** An absolute URL on this site for a root-relative path. */
export function absoluteUrl(path: string, origin: string = site.origin): string {
  return new URL(path, origin).toString();
}
