import { createHash, randomBytes } from "node:crypto";
import type { SubscriberStore, TokenPurpose } from "./store";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a link in an email works. Confirmation links are short-lived;
 * unsubscribe links must still work when an old email is opened months later.
 */
export const tokenLifetimeMs: Record<TokenPurpose, number> = {
  confirm: 7 * DAY_MS,
  unsubscribe: 400 * DAY_MS,
};

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type IssuedToken = { token: string; hash: string };

/** A new secret token for a link; only its hash goes into the database. */
export function issueToken(): IssuedToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * SHA-256 is enough: the token has 256 bits of entropy, so a stolen database
 * gives no usable links and there is nothing to brute-force.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string from a URL or a form can be a token at all (cheap check before the database). */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && TOKEN_PATTERN.test(value);
}

export function expiryFor(purpose: TokenPurpose, from: Date): string {
  return new Date(from.getTime() + tokenLifetimeMs[purpose]).toISOString();
}

/**
 * Issues a token for a subscriber's email link and stores its hash with its
 * expiry; returns the secret token, which only the email carries.
 */
export async function storeNewToken(
  store: SubscriberStore,
  subscriberId: number,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  const { token, hash } = issueToken();
  await store.addToken({
    subscriberId,
    purpose,
    hash,
    at: now.toISOString(),
    expiresAt: expiryFor(purpose, now),
  });
  return token;
}
