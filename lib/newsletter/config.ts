import path from "node:path";
import { site } from "../site";

/** Newsletter settings from the environment (documented in README.md). */
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

type Env = Readonly<Record<string, string | undefined>>;

export function readNewsletterConfig(env: Env = process.env): NewsletterConfig {
  const siteOrigin = site.origin;
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseFile: path.resolve(
      /*turbopackIgnore: true*/ env.NEWSLETTER_DB || path.join("data", "newsletter.db"),
    ),
    outboxDir: path.resolve(
      /*turbopackIgnore: true*/ env.NEWSLETTER_OUTBOX || path.join("data", "outbox"),
    ),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `"${site.name}" <newsletter@${new URL(siteOrigin).hostname}>`,
    trustedProxies: wholeNumber(env, "TRUSTED_PROXY", 0),
    rateLimit: {
      limit: wholeNumber(env, "NEWSLETTER_RATE_LIMIT", 5),
      windowMs: wholeNumber(env, "NEWSLETTER_RATE_WINDOW_SECONDS", 600) * 1000,
    },
    maxEmailsPerAddressPerDay: wholeNumber(env, "NEWSLETTER_MAX_EMAILS_PER_ADDRESS", 3),
    siteOrigin,
  };
}

function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  if (!/^\d+$/.test(value)) {
    throw new Error(`The environment variable ${name} must be a whole number; it is "${value}".`);
  }
  return Number(value);
}
