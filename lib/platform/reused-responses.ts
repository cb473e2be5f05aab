import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import type { PageBody } from "./page-responses";
import { DRAFT_MODE_COOKIE } from "./unknown-urls";

/**
 * Answers repeated requests for a cached page from the front door, without
 * Next.js (lib/platform/README.md, "Reused answers"). A page Next serves from
 * its cache (`x-nextjs-cache: HIT`) still costs about 1 ms of CPU per
 * request in Next's router, proxy, header rules and app-page handler, two
 * to three times a bare App Router app's cost, and most of that cost is
 * Next's own pipeline, which no setting of ours removes. For a short while
 * after Next answered a HIT, the same request gets the same answer again
 * from here: status, headers and the body already stripped and gzipped.
 *
 * Why this keeps Next's behaviour: while an entry is fresh, Next would send
 * the same bytes; once it is stale, Next still sends those bytes and
 * regenerates in the background. Reusing an answer for REUSE_MS at most
 * only delays that regeneration, or a content change the proxy would act
 * on (an article deleted or expired), by as long.
 */

/** How long an answer is reused after Next sent it. */
export const REUSE_MS = 1000;

/** Answers kept at most; each holds a body PageBodies keeps too. */
export const MAX_REUSED_ANSWERS = 1000;

/** A response as sent, without what depends on the request (encoding, length, date). */
export type ReusableAnswer = { status: number; headers: OutgoingHttpHeaders; body: PageBody };

/**
 * Request headers under which Next answers otherwise than to a plain
 * reader: its client router's RSC requests, server actions, on-demand
 * revalidation, and credentials.
 */
const OWN_ANSWER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "x-prerender-revalidate",
  "authorization",
];

/** Response headers a reused answer does not repeat: the connection's and the encoding's. */
const PER_SEND_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
]);

/**
 * The key a request's answer is kept under (its target, query included),
 * or undefined when its answer must come from Next: any method but GET and
 * HEAD, Next's own files, an editor's draft-mode preview, or one of the
 * headers above.
 */
export function reuseKey(
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
): string | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  if (!url.startsWith("/") || url.startsWith("/_next/")) return undefined;
  if (OWN_ANSWER_HEADERS.some((name) => headers[name] !== undefined)) return undefined;
  if (headers.cookie?.includes(DRAFT_MODE_COOKIE)) return undefined;
  return url;
}

/** Whether Next's answer is one to reuse: a 200 from its cache that sets no cookie. */
export function isReusable(status: number, headers: OutgoingHttpHeaders): boolean {
  return (
    status === 200 && headers["x-nextjs-cache"] === "HIT" && headers["set-cookie"] === undefined
  );
}

/**
 * The headers of an answer to keep, as named when set (so a reused answer
 * spells them as Next's did): all but the connection's and the encoding's.
 */
export function reusableHeaders(
  headers: ReadonlyArray<readonly [string, number | string | string[] | undefined]>,
): OutgoingHttpHeaders {
  return Object.fromEntries(headers.filter(([name]) => !PER_SEND_HEADERS.has(name.toLowerCase())));
}

export class ReusedAnswers {
  /** In the order kept: since every answer lives as long, the oldest expires first. */
  private readonly kept = new Map<string, ReusableAnswer & { until: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxAnswers: number = MAX_REUSED_ANSWERS,
    private readonly reuseMs: number = REUSE_MS,
  ) {}

  get(key: string): ReusableAnswer | undefined {
    const answer = this.kept.get(key);
    if (!answer) return undefined;
    if (answer.until > this.now()) return answer;
    this.kept.delete(key);
    return undefined;
  }

  keep(key: string, answer: ReusableAnswer): void {
    const now = this.now();
    this.kept.delete(key);
    this.kept.set(key, { ...answer, until: now + this.reuseMs });
    for (const [oldest, kept] of this.kept) {
      if (this.kept.size <= this.maxAnswers && kept.until > now) break;
      this.kept.delete(oldest);
    }
  }

  get size(): number {
    return this.kept.size;
  }
}
