import { describe, expect, it } from "vitest";
import type { PageBody } from "@/lib/platform/page-responses";
import {
  isReusable,
  reusableHeaders,
  ReusedAnswers,
  reuseKey,
  REUSE_MS,
} from "@/lib/platform/reused-responses";

const body: PageBody = { html: Buffer.from("<p>Hi</p>"), gzip: Buffer.from("gz"), etag: '"e"' };
const answer = { status: 200, headers: { "Cache-Control": "public" }, body };

describe("reuseKey", () => {
  it("is the target of a reader's GET or HEAD, query included", () => {
    expect(reuseKey("GET", "/articles/night-trains", {})).toBe("/articles/night-trains");
    expect(reuseKey("HEAD", "/", { "accept-encoding": "gzip" })).toBe("/");
    expect(reuseKey("GET", "/sections/world?page=2", { cookie: "theme=dark" })).toBe(
      "/sections/world?page=2",
    );
  });

  it("is none for what Next answers otherwise: other methods, its files, its client, previews", () => {
    expect(reuseKey("POST", "/newsletter", {})).toBeUndefined();
    expect(reuseKey("GET", "/_next/static/chunks/a.js", {})).toBeUndefined();
    expect(reuseKey("GET", "*", {})).toBeUndefined();
    expect(reuseKey("GET", "/", { rsc: "1" })).toBeUndefined();
    expect(reuseKey("GET", "/", { "next-router-prefetch": "1" })).toBeUndefined();
    expect(reuseKey("GET", "/", { "x-prerender-revalidate": "x" })).toBeUndefined();
    expect(reuseKey("GET", "/", { authorization: "Basic eDp5" })).toBeUndefined();
    expect(reuseKey("GET", "/articles/a", { cookie: "a=1; __prerender_bypass=x" })).toBeUndefined();
  });
});

describe("isReusable", () => {
  it("is a 200 Next served from its cache", () => {
    expect(isReusable(200, { "x-nextjs-cache": "HIT" })).toBe(true);
  });

  it("is not a first render, a stale copy, another status or an answer that sets a cookie", () => {
    expect(isReusable(200, { "x-nextjs-cache": "MISS" })).toBe(false);
    expect(isReusable(200, { "x-nextjs-cache": "STALE" })).toBe(false);
    expect(isReusable(200, {})).toBe(false);
    expect(isReusable(404, { "x-nextjs-cache": "HIT" })).toBe(false);
    expect(isReusable(200, { "x-nextjs-cache": "HIT", "set-cookie": ["a=1"] })).toBe(false);
  });
});

describe("reusableHeaders", () => {
  it("keeps the page's headers as named, not the connection's or the encoding's", () => {
    expect(
      reusableHeaders([
        ["Cache-Control", "public"],
        ["x-nextjs-prerender", ["1", "1"]],
        ["content-length", 10],
        ["Content-Encoding", "gzip"],
        ["Date", "x"],
        ["Connection", "keep-alive"],
        ["Keep-Alive", "timeout=5"],
        ["Transfer-Encoding", "chunked"],
      ]),
    ).toEqual({ "Cache-Control": "public", "x-nextjs-prerender": ["1", "1"] });
  });
});

describe("ReusedAnswers", () => {
  it("gives an answer back until REUSE_MS after it was kept, then no more", () => {
    let now = 1_000;
    const answers = new ReusedAnswers(() => now);
    answers.keep("/", answer);
    now += REUSE_MS - 1;
    expect(answers.get("/")).toMatchObject(answer);
    now += 1;
    expect(answers.get("/")).toBeUndefined();
    expect(answers.size).toBe(0);
  });

  it("restarts an answer's time when it is kept again", () => {
    let now = 0;
    const answers = new ReusedAnswers(() => now, 10, 100);
    answers.keep("/", answer);
    now = 90;
    answers.keep("/", { ...answer, status: 200, headers: {} });
    now = 150;
    expect(answers.get("/")?.headers).toEqual({});
  });

  it("keeps at most its number of answers, the oldest out first", () => {
    const answers = new ReusedAnswers(() => 0, 2, 100);
    answers.keep("/a", answer);
    answers.keep("/b", answer);
    answers.keep("/c", answer);
    expect(answers.size).toBe(2);
    expect(answers.get("/a")).toBeUndefined();
    expect(answers.get("/c")).toBeDefined();
  });

  it("drops expired answers as new ones come, so a flood of one-off URLs holds nothing long", () => {
    let now = 0;
    const answers = new ReusedAnswers(() => now, 100, 100);
    for (let index = 0; index < 50; index += 1) answers.keep(`/a?${index}`, answer);
    now = 200;
    answers.keep("/b", answer);
    expect(answers.size).toBe(1);
  });
});
