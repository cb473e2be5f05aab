import "server-only";
import { newsletterConfig, type NewsletterConfig } from "./config";
import { createMailer } from "./mail";
import { openSubscriberStore } from "./open-store";
import { createRateLimiter, type RateLimiter } from "../http/rate-limit";
import type { Newsletter } from "./subscriptions";

type Instance = { config: NewsletterConfig; newsletter: Newsletter; rateLimiter: RateLimiter };

// Route handlers and pages are bundled separately; one process shares one
// database connection and one rate limiter through a global.
const key = Symbol.for("dateline.newsletter");
const holder = globalThis as typeof globalThis & { [key]?: Instance };

/** The server's newsletter, set up from the environment on first use. */
export function getNewsletter(): Instance {
  holder[key] ??= create();
  return holder[key];
}

function create(): Instance {
  const config = newsletterConfig();
  const store = openSubscriberStore(config);
  const mailer = createMailer({
    from: config.mailFrom,
    smtpUrl: config.smtpUrl,
    outboxDir: config.outboxDir,
  });
  return {
    config,
    newsletter: {
      store,
      mailer,
      siteOrigin: config.siteOrigin,
      maxEmailsPerAddressPerDay: config.maxEmailsPerAddressPerDay,
    },
    rateLimiter: createRateLimiter(config.rateLimit),
  };
}
