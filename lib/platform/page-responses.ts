import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { ByteBoundedCache } from "./cache-handler.mjs";
import { withoutFrameworkRuntime } from "./framework-runtime";
import {
  isReusable,
  reusableHeaders,
  type ReusableAnswer,
  reuseKey,
  type ReusedAnswers,
} from "./reused-responses";

/**
 * Pages leave the site's server without Next's browser runtime
 * (framework-runtime.ts), and gzipped here rather than by Next (which would
 * compress before the runtime could be taken out). This is the one place
 * that covers every way a page is made: prerendered, regenerated, rendered on
 * first request or per request, and so every copy nginx or a CDN keeps.
 * The other answers of the same requests (feeds, sitemaps, robots.txt, the
 * health check) are gzipped here too, since Next is no longer asked to.
 *
 * What Next serves from its cache carries an ETag (a hash of the body), so
 * the stripped and gzipped bytes are kept by ETag: a cached page costs a
 * lookup, not a transform, on every later request.
 *
 * The ETag sent is a hash of the HTML sent, not Next's hash of the page with
 * its runtime: a page rendered on first request and the same page
 * prerendered differ only in the runtime, so they get one ETag, on every
 * instance. Conditional requests (If-None-Match) are answered here against it.
 */

/** Stripped and gzipped pages kept by ETag, least recently used out first. */
export const PAGE_BODY_CACHE_BYTES = 32 * 1024 * 1024;

export type PageBody = { html: Buffer; gzip: Buffer; etag: string };

/** Below this, gzip saves too little to be worth it (Next's compression uses 1 KB too). */
const MIN_GZIP_BYTES = 1024;

/** Statuses whose HTML is a page of the site: the page, the 404 page, the 410. */
const PAGE_STATUSES = new Set([200, 404, 410]);

/** Types worth gzipping: text, and the feeds', sitemaps' and JSON's. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml)\b|image\/svg\+xml)/;

/**
 * Whether the front door takes over a request's response: a GET or HEAD of
 * anything but Next's own assets (hashed files and optimized images, which
 * Next compresses and caches itself), and not Next's client asking for an
 * RSC payload.
 */
export function isPageRequest(
  method: string,
  url: string,
  headers: Readonly<Record<string, unknown>>,
): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.rsc !== undefined || !url.startsWith("/")) return false;
  return !url.startsWith("/_next/");
}

export class PageBodies {
  private readonly kept: ByteBoundedCache<PageBody>;

  constructor(maxBytes: number = PAGE_BODY_CACHE_BYTES) {
    this.kept = new ByteBoundedCache<PageBody>(maxBytes);
  }

  /**
   * A page's body without the runtime, raw and gzipped; any other body as it
   * is, and gzipped. Kept when it has an ETag.
   */
  body(raw: Buffer, etag: string | undefined, isPage: boolean = true): PageBody {
    const kept = etag === undefined ? undefined : this.kept.get(etag);
    if (kept) return kept;
    const html = isPage ? Buffer.from(withoutFrameworkRuntime(raw.toString("utf8"))) : raw;
    const body = { html, gzip: gzipSync(html), etag: etagOf(html) };
    if (etag !== undefined) this.kept.set(etag, body, body.html.length + body.gzip.length);
    return body;
  }

  /** A body already made for this ETag (a HEAD request has none to make one from). */
  known(etag: string | undefined): PageBody | undefined {
    return etag === undefined ? undefined : this.kept.get(etag);
  }
}

/**
 * The front door's part in a page request (isPageRequest): answered at once
 * from an answer Next gave a moment ago (reused-responses.ts), and then true;
 * else taken over (below) for Next.js to write, and false.
 */
export function answerOrTakeOver(
  request: IncomingMessage,
  response: ServerResponse,
  bodies: PageBodies,
  answers: ReusedAnswers,
): boolean {
  const method = request.method ?? "GET";
  const url = request.url ?? "/";
  if (!isPageRequest(method, url, request.headers)) return false;
  const key = reuseKey(method, url, request.headers);
  const reused = key === undefined ? undefined : answers.get(key);
  if (reused) {
    sendReusedAnswer(request, response, reused);
    return true;
  }
  takeOverPageResponse(request, response, bodies, key === undefined ? undefined : { key, answers });
  return false;
}

/**
 * Lets Next.js write the response as usual, but holds it until it ends, then
 * sends HTML pages stripped and, when the client accepts it, gzipped; any
 * other answer (a redirect, JSON, an image) goes out as Next wrote it.
 */
export function takeOverPageResponse(
  request: IncomingMessage,
  response: ServerResponse,
  bodies: PageBodies,
  reuse?: { key: string; answers: ReusedAnswers },
): void {
  const delivery = deliveryOf(request);
  // Next.js compresses only when asked to; the front door does it after stripping.
  delete request.headers["accept-encoding"];
  // The ETags clients hold are ours (of the stripped page): Next cannot match them.
  delete request.headers["if-none-match"];

  const chunks: Buffer[] = [];
  const writeHead = response.writeHead.bind(response);
  const end = response.end.bind(response);
  let head: { status: number; headers: OutgoingHttpHeaders } | undefined;

  const collect = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string") {
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encodingOf(encoding) : "utf8"));
    } else if (chunk instanceof Uint8Array) {
      chunks.push(Buffer.from(chunk));
    }
  };
  const callbackOf = (...args: unknown[]) => args.find((arg) => typeof arg === "function");

  const finish = () => {
    if (head) {
      for (const [name, value] of Object.entries(head.headers)) {
        if (value !== undefined) response.setHeader(name, value);
      }
      response.statusCode = head.status;
    }
    // Next.js appends a redirect's Location twice when it renders the
    // redirect on that request (a second copy from the cache entry's headers).
    const location = response.getHeader("location");
    if (Array.isArray(location) && new Set(location).size === 1) {
      response.setHeader("location", location[0] ?? "");
    }
    const status = response.statusCode;
    const type = String(response.getHeader("content-type") ?? "");
    const isPage = PAGE_STATUSES.has(status) && type.startsWith("text/html");
    const raw = Buffer.concat(chunks);
    // Redirects, 304s, images and tiny answers go out as Next wrote them.
    const compressible = isPage || (COMPRESSIBLE.test(type) && raw.length >= MIN_GZIP_BYTES);
    if (!compressible || response.hasHeader("content-encoding")) {
      writeHead(status);
      end(raw);
      return;
    }
    // A HEAD has no body to make one from: known if a GET made it already.
    const etag = headerText(response.getHeader("etag"));
    const body = delivery.isHead ? bodies.known(etag) : bodies.body(raw, etag, isPage);
    response.setHeader("vary", "Accept-Encoding");
    if (etag === undefined || !body) response.removeHeader("etag");
    else response.setHeader("etag", body.etag);
    if (reuse && body && etag !== undefined && !delivery.isHead) {
      if (isReusable(status, response.getHeaders())) {
        const named = response
          .getRawHeaderNames()
          .map((name) => [name, response.getHeader(name)] as const);
        reuse.answers.keep(reuse.key, { status, headers: reusableHeaders(named), body });
      }
    }
    send(response, status, body, delivery, writeHead, end);
  };

  Object.assign(response, {
    writeHead(status: number, ...rest: unknown[]) {
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => isHeaderObject(arg));
      head = { status, headers: headers ?? {} };
      return response;
    },
    // Headers go out with the body, once its length and encoding are known.
    flushHeaders() {},
    write(chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      const callback = callbackOf(...rest);
      if (typeof callback === "function") queueMicrotask(() => callback());
      return true;
    },
    end(...args: unknown[]) {
      if (typeof args[0] !== "function") collect(args[0], args[1]);
      finish();
      const callback = callbackOf(...args);
      if (typeof callback === "function") response.once("finish", () => callback());
      return response;
    },
  });
}

/** What of a request decides how a made body is sent. */
type Delivery = { isHead: boolean; acceptsGzip: boolean; ifNoneMatch: string | undefined };

function deliveryOf(request: IncomingMessage): Delivery {
  return {
    isHead: request.method === "HEAD",
    acceptsGzip: /\bgzip\b/i.test(String(request.headers["accept-encoding"] ?? "")),
    ifNoneMatch: headerText(request.headers["if-none-match"]),
  };
}

/**
 * Sends a made body with the headers already set: 304 when the client holds
 * its ETag, else its bytes in the encoding the client accepts (none for HEAD).
 */
function send(
  response: ServerResponse,
  status: number,
  body: PageBody | undefined,
  delivery: Delivery,
  writeHead: (status: number) => unknown,
  end: (bytes?: Buffer) => unknown,
): void {
  if (body && response.hasHeader("etag") && status === 200) {
    if (matchesEtag(delivery.ifNoneMatch, body.etag)) {
      response.removeHeader("content-length");
      writeHead(304);
      end();
      return;
    }
  }
  if (delivery.acceptsGzip) response.setHeader("content-encoding", "gzip");
  const bytes = body && (delivery.acceptsGzip ? body.gzip : body.html);
  if (bytes) response.setHeader("content-length", bytes.length);
  else if (delivery.acceptsGzip) response.removeHeader("content-length");
  writeHead(status);
  end(delivery.isHead ? undefined : bytes);
}

/** Answers a request with an answer Next gave a moment ago (reused-responses.ts). */
function sendReusedAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: ReusableAnswer,
): void {
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) response.setHeader(name, value);
  }
  send(
    response,
    answer.status,
    answer.body,
    deliveryOf(request),
    (status) => response.writeHead(status),
    (bytes) => response.end(bytes),
  );
}

/** A strong ETag of the bytes sent (before gzip: the same for either encoding). */
export function etagOf(html: Buffer): string {
  return `"${createHash("sha256").update(html).digest("base64url").slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this ETag (or is `*`); weak forms match too. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

function isHeaderObject(value: unknown): value is OutgoingHttpHeaders {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function headerText(value: number | string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

function encodingOf(name: string): BufferEncoding {
  return Buffer.isEncoding(name) ? name : "utf8";
}
