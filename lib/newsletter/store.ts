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

/** An edition of the Daily news brief: "sending" while a run holds it, "incomplete" if
 * a run ended with failed deliveries, "sent" once every recipient has it. */
export const editionStatuses = ["sending", "incomplete", "sent"] as const;
export type EditionStatus = (typeof editionStatuses)[number];

export type StoredEdition = {
  /** YYYY-MM-DD in the site's time zone: the key. */
  date: string;
  /** The composed edition as JSON (see brief/edition.ts). */
  content: string;
  status: EditionStatus;
  createdAt: string;
  sentAt: string | null;
};

export type ClaimEditionInput = {
  date: string;
  /** Stored only when the edition is new; a resumed run sends the stored content. */
  content: string;
  /** Who runs: unique per run (host, process, random). */
  owner: string;
  at: string;
  /** The claim lapses at this time unless renewed, so a killed run's edition can be resumed. */
  leaseUntil: string;
};

export type ClaimResult =
  | { kind: "claimed"; edition: StoredEdition }
  | { kind: "already-sent"; edition: StoredEdition }
  | { kind: "busy"; owner: string; leaseUntil: string };

export type DeliveryInput = {
  date: string;
  subscriberId: number;
  status: "sent" | "failed";
  /** Attempts made by this run (added to earlier runs' attempts). */
  attempts: number;
  error: string | null;
  at: string;
  /** The run's claim, renewed in the same transaction. */
  owner: string;
  leaseUntil: string;
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

  // The Daily news brief: editions and who has received them.

  /**
   * Takes the edition of a date for one run, atomically: creates it, or takes
   * it over when it is not sent and nobody holds it (or their lease expired).
   * Of several runs at once (on several machines), exactly one gets "claimed".
   */
  claimEdition(input: ClaimEditionInput): Promise<ClaimResult>;
  /** Extends the run's lease; false if the run no longer holds the edition. */
  renewEditionLease(date: string, owner: string, leaseUntil: string): Promise<boolean>;
  /**
   * Records one delivery (right after the mail server accepted it, or after
   * the last failed attempt) and renews the lease in one transaction. Always
   * records; returns whether the run still holds the edition.
   */
  recordDelivery(input: DeliveryInput): Promise<boolean>;
  /** Ends a run: "sent" when nothing failed, else "incomplete"; releases the claim. */
  finishEdition(
    date: string,
    owner: string,
    status: "sent" | "incomplete",
    at: string,
  ): Promise<void>;
  /** Confirmed subscribers who have not received the edition yet, in signup order. */
  editionRecipients(date: string): Promise<Subscriber[]>;
  /** Deliveries of an edition by status. */
  countDeliveries(date: string): Promise<{ sent: number; failed: number }>;
  getEdition(date: string): Promise<StoredEdition | undefined>;
  /** Every stored edition (each one has gone out, or is going out), newest first. */
  listEditions(): Promise<StoredEdition[]>;
  close(): Promise<void>;
}
