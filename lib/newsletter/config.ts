import { settings, mailFrom, type Settings } from "../config";
import { createSiteConfig } from "../site";

/** The newsletter's settings: a view of lib/config.ts (where each variable is documented). */
export type NewsletterConfig = {
  /** PostgreSQL connection string; when set, subscribers live there instead of in `databaseFile`. */
  databaseUrl: string | undefined;
  /** The SQLite file, used when `databaseUrl` is not set. */
  databaseFile: string;
  outboxDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustedProxies: number;
  rateLimit: { limit: number; windowMs: number };
  /** Emails (confirmations and notices) one address can be sent per day, whoever asks. */
  maxEmailsPerAddressPerDay: number;
  siteOrigin: string;
};

export function newsletterConfig(from: Settings = settings()): NewsletterConfig {
  const site = createSiteConfig(from.SITE_URL);
  return {
    databaseUrl: from.DATABASE_URL,
    databaseFile: from.NEWSLETTER_DB,
    outboxDir: from.NEWSLETTER_OUTBOX,
    smtpUrl: from.SMTP_URL,
    mailFrom: mailFrom(from, site.name),
    trustedProxies: from.TRUSTED_PROXY,
    rateLimit: {
      limit: from.NEWSLETTER_RATE_LIMIT,
      windowMs: from.NEWSLETTER_RATE_WINDOW_SECONDS * 1000,
    },
    maxEmailsPerAddressPerDay: from.NEWSLETTER_MAX_EMAILS_PER_ADDRESS,
    siteOrigin: site.origin,
  };
}
