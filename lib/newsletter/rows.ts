import {
  editionStatuses,
  subscriberStatuses,
  type EditionStatus,
  type StoredEdition,
  type Subscriber,
  type SubscriberStatus,
} from "./store";

/**
 * Rows as both stores (sqlite.ts, postgres.ts) return them: the same column
 * names and types, so one conversion serves both and they cannot drift.
 */
export type SubscriberRow = {
  id: number;
  email: string;
  status: string;
  consent_at: string;
  consent_wording: string;
  source_path: string | null;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
};

export type EditionRow = {
  date: string;
  content: string;
  status: string;
  created_at: string;
  sent_at: string | null;
  lock_owner: string | null;
  lease_until: string | null;
};

export function toEdition(row: EditionRow): StoredEdition {
  const status = editionStatuses.find((known) => known === row.status);
  if (!status) throw new Error(`Unknown edition status in the database: ${row.status}`);
  return {
    date: row.date,
    content: row.content,
    status: status satisfies EditionStatus,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export function parseStatus(value: string): SubscriberStatus {
  const status = subscriberStatuses.find((known) => known === value);
  if (!status) throw new Error(`Unknown subscriber status in the database: ${value}`);
  return status;
}

export function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    id: row.id,
    email: row.email,
    status: parseStatus(row.status),
    consentAt: row.consent_at,
    consentWording: row.consent_wording,
    sourcePath: row.source_path,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
  };
}
