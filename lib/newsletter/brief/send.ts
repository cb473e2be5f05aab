import "server-only";
import type { Mailer } from "../mail";
import type { SubscriberStore } from "../store";
import { storeNewToken } from "../tokens";
import { briefEmail } from "./email";
import { parseEdition, type Edition } from "./edition";

export type SendOptions = {
  store: SubscriberStore;
  mailer: Mailer;
  siteName: string;
  origin: string;
  timeZone: string;
  date: string;
  /** The freshly composed edition; undefined on a day without stories. A stored edition wins. */
  composed: Edition | undefined;
  /** Unique per run (host, process, random): the lock's owner. */
  owner: string;
  /** How long the claim holds without renewal; renewed before and after every message. */
  leaseMs: number;
  /** Attempts per recipient, with `backoffMs(attempt)` between them. */
  attempts: number;
  backoffMs: (attempt: number) => number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
};

export type SendReport =
  | { kind: "empty" }
  | { kind: "already-sent"; sentAt: string | null; delivered: number }
  | { kind: "busy"; owner: string; leaseUntil: string }
  | {
      kind: "done";
      edition: Edition;
      /** Delivered by this run. */
      sent: number;
      /** Had it already (from an earlier, interrupted run). */
      skipped: number;
      failed: { email: string; error: string }[];
      /** The run stopped because another run took the edition over (its lease had run out). */
      lostClaim: boolean;
    };

/**
 * Sends one edition to every confirmed subscriber who does not have it yet.
 * The edition's row is the lock: one run holds it at a time, renewing its
 * lease as it goes; a run that dies leaves a lease that runs out, and the
 * next run resumes, skipping whoever already has the edition. Each delivery
 * is recorded right after the mail server accepts the message.
 */
export async function sendEdition(options: SendOptions): Promise<SendReport> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const { store, date, owner } = options;
  const leaseUntil = () => new Date(now().getTime() + options.leaseMs).toISOString();

  const stored = await store.getEdition(date);
  if (stored?.status === "sent") {
    return {
      kind: "already-sent",
      sentAt: stored.sentAt,
      delivered: (await store.countDeliveries(date)).sent,
    };
  }
  const content = stored?.content ?? (options.composed && JSON.stringify(options.composed));
  if (!content) return { kind: "empty" };

  const claim = await store.claimEdition({
    date,
    content,
    owner,
    at: now().toISOString(),
    leaseUntil: leaseUntil(),
  });
  if (claim.kind === "busy") return claim;
  if (claim.kind === "already-sent") {
    return {
      kind: "already-sent",
      sentAt: claim.edition.sentAt,
      delivered: (await store.countDeliveries(date)).sent,
    };
  }
  const edition = parseEdition(claim.edition.content, date);

  const skipped = (await store.countDeliveries(date)).sent;
  const recipients = await store.editionRecipients(date);
  const failed: { email: string; error: string }[] = [];
  let sent = 0;
  let lostClaim = false;
  options.onProgress?.(0, recipients.length);

  for (const [index, subscriber] of recipients.entries()) {
    if (!(await store.renewEditionLease(date, owner, leaseUntil()))) {
      lostClaim = true;
      break;
    }
    const unsubscribeToken = await storeNewToken(store, subscriber.id, "unsubscribe", now());
    const mail = await briefEmail(edition, {
      to: subscriber.email,
      siteName: options.siteName,
      origin: options.origin,
      timeZone: options.timeZone,
      unsubscribeToken,
    });

    let error: string | null = null;
    let attempts = 0;
    while (attempts < options.attempts) {
      attempts += 1;
      try {
        await options.mailer.send(mail);
        error = null;
        break;
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
        if (attempts < options.attempts) await sleep(options.backoffMs(attempts));
      }
    }
    const stillOurs = await store.recordDelivery({
      date,
      subscriberId: subscriber.id,
      status: error === null ? "sent" : "failed",
      attempts,
      error,
      at: now().toISOString(),
      owner,
      leaseUntil: leaseUntil(),
    });
    if (error === null) sent += 1;
    else failed.push({ email: subscriber.email, error });
    options.onProgress?.(index + 1, recipients.length);
    if (!stillOurs) {
      lostClaim = true;
      break;
    }
  }

  if (!lostClaim) {
    await store.finishEdition(
      date,
      owner,
      failed.length === 0 ? "sent" : "incomplete",
      now().toISOString(),
    );
  }
  return { kind: "done", edition, sent, skipped, failed, lostClaim };
}
