/**
 * The subscriber store, independent of the database behind it. `sqlite.ts`
 * implements it; another database implements the same interface. Every
 * method is one atomic operation, so callers never hold a transaction open.
 */

export const subscriberStatuses = ["pending", "confirmed", "unsubscribed"] as const;
export type SubscriberStatus = (typeof subscriberStatuses)[number];

export const tokenPurposes = ["confirm", "unsubscribe"] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

export type Subscriber = {
  id: number;
  /** Normalized (see validate.ts): the unique key. */
  email: string;
  status: SubscriberStatus;
  /** When the reader last asked to subscribe, and the wording they agreed to. */
  consentAt: string;
  consentWording: string;
  /** Path of the page the reader signed up on, if known. */
  sourcePath: string | null;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
};

export type SignupInput = {
  email: string;
  consentWording: string;
  sourcePath: string | null;
  /** ISO 8601 with offset. */
  at: string;
};

export type NewTokenInput = {
  subscriberId: number;
  purpose: TokenPurpose;
  /** SHA-256 of the token: the token itself is never stored. */
  hash: string;
  at: string;
  expiresAt: string;
};

export type RedeemResult = { ok: true; subscriber: Subscriber } | { ok: false };

export interface SubscriberStore {
  /**
   * Idempotent signup (insert or update on the normalized email):
   * - a new address becomes pending with this consent;
   * - a pending one stays pending and takes this consent (the latest request is the one confirmed);
   * - an unsubscribed one becomes pending again with this consent;
   * - a confirmed one is left unchanged.
   */
  recordSignup(input: SignupInput): Promise<Subscriber>;
  addToken(input: NewTokenInput): Promise<void>;
  /** Tokens of one purpose created for a subscriber since a time. */
  countTokensSince(subscriberId: number, purpose: TokenPurpose, since: string): Promise<number>;
  /** Whether a token is known, unused and unexpired (changes nothing). */
  isTokenUsable(hash: string, purpose: TokenPurpose, at: string): Promise<boolean>;
  /**
   * Uses a token once and applies its purpose in the same transaction:
   * "confirm" confirms a pending subscriber, "unsubscribe" unsubscribes.
   * Unknown, expired and used tokens give `{ ok: false }`.
   */
  redeemToken(hash: string, purpose: TokenPurpose, at: string): Promise<RedeemResult>;
  findByEmail(email: string): Promise<Subscriber | undefined>;
  /** Subscribers in signup order, optionally only those with one status. */
  list(filter?: { status?: SubscriberStatus }): Promise<Subscriber[]>;
  countByStatus(): Promise<Record<SubscriberStatus, number>>;
  close(): Promise<void>;
}
