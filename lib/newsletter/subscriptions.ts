import "server-only";
import { alreadySubscribedEmail, confirmationEmail } from "./emails";
import type { Mailer } from "./mail";
import type { SubscriberStore, TokenPurpose } from "./store";
import { hashToken, isWellFormedToken, storeNewToken, tokenLifetimeMs } from "./tokens";
import { consentWording } from "./wording";

export type Newsletter = {
  store: SubscriberStore;
  mailer: Mailer;
  siteOrigin: string;
  maxEmailsPerAddressPerDay: number;
  log?: (message: string) => void;
};

/**
 * The outcome of a valid signup. "accepted" whatever the address's status:
 * the reader is told the same thing for a new, pending or confirmed address.
 */
export type SignupOutcome = { kind: "accepted" } | { kind: "mail-failed" };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Records a signup (durably, before answering) and emails the address: a
 * confirmation link, or for a confirmed address a notice that nothing changed.
 * At most `maxEmailsPerAddressPerDay` emails go to one address a day, so the
 * form cannot be used to flood someone's inbox; past that the reader is told
 * the same as always.
 */
export async function signUp(
  newsletter: Newsletter,
  input: { email: string; sourcePath: string | null },
  now: Date = new Date(),
): Promise<SignupOutcome> {
  const at = now.toISOString();
  const subscriber = await newsletter.store.recordSignup({
    email: input.email,
    consentWording: consentWording.version,
    sourcePath: input.sourcePath,
    at,
  });

  const since = new Date(now.getTime() - DAY_MS).toISOString();
  // Each email carries one new unsubscribe token: counting them counts the emails.
  const sent = await newsletter.store.countTokensSince(subscriber.id, "unsubscribe", since);
  if (sent >= newsletter.maxEmailsPerAddressPerDay) return { kind: "accepted" };

  const unsubscribeToken = await storeNewToken(newsletter.store, subscriber.id, "unsubscribe", now);
  const links = { origin: newsletter.siteOrigin, unsubscribeToken };

  let mail;
  if (subscriber.status === "confirmed") {
    mail = alreadySubscribedEmail(subscriber.email, links);
  } else {
    const confirmToken = await storeNewToken(newsletter.store, subscriber.id, "confirm", now);
    mail = confirmationEmail(subscriber.email, {
      ...links,
      confirmToken,
      confirmDays: Math.round(tokenLifetimeMs.confirm / DAY_MS),
    });
  }

  try {
    await newsletter.mailer.send(mail);
    return { kind: "accepted" };
  } catch (error) {
    (newsletter.log ?? console.error)(
      `[newsletter] Could not send "${mail.subject}" to subscriber #${subscriber.id}: ${String(error)}`,
    );
    return { kind: "mail-failed" };
  }
}

/** Whether a link's token would work (for the page that shows the button); changes nothing. */
export async function isLinkUsable(
  newsletter: Newsletter,
  token: unknown,
  purpose: TokenPurpose,
  now: Date = new Date(),
): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return newsletter.store.isTokenUsable(hashToken(token), purpose, now.toISOString());
}

/** Confirms or unsubscribes with a link's token, once. False for forged, expired or used tokens. */
export async function redeemLink(
  newsletter: Newsletter,
  token: unknown,
  purpose: TokenPurpose,
  now: Date = new Date(),
): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const result = await newsletter.store.redeemToken(hashToken(token), purpose, now.toISOString());
  return result.ok;
}
