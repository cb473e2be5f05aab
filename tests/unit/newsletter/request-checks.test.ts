import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "@/lib/newsletter/origin";
import { createRateLimiter } from "@/lib/http/rate-limit";

describe("isSameOriginPost", () => {
  const site = "https://news.example";
  const check = (headers: Record<string, string>) => isSameOriginPost(new Headers(headers), site);
  it("accepts our own origin, by SITE_URL or by the Host the browser sent", () => {
    expect(check({ origin: site, host: "internal:3000" })).toBe(true);
    expect(check({ origin: "http://127.0.0.1:3300", host: "127.0.0.1:3300" })).toBe(true);
  });
  it("refuses other origins, the opaque origin and cross-site fetches without Origin", () => {
    expect(check({ origin: "https://evil.example", host: "news.example" })).toBe(false);
    expect(check({ origin: "http://news.example:8080", host: "news.example" })).toBe(false);
    expect(check({ origin: "null", host: "news.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site", host: "news.example" })).toBe(false);
  });
  it("accepts requests without Origin that no browser marked cross-site", () => {
    expect(check({ host: "news.example" })).toBe(true);
  });
});

describe("createRateLimiter", () => {
  it("allows `limit` hits per key and window, then says when to retry", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.hit("a", 0)).toEqual({ allowed: true });
    expect(limiter.hit("a", 1000)).toEqual({ allowed: true });
    expect(limiter.hit("a", 2000)).toEqual({ allowed: false, retryAfterSeconds: 58 });
    expect(limiter.hit("b", 2000)).toEqual({ allowed: true });
    expect(limiter.hit("a", 60_000)).toEqual({ allowed: true });
  });

  it("forgets expired windows as new clients come", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    for (let i = 0; i < 500; i++) limiter.hit(`k${i}`, 0);
    expect(limiter.hit("k1", 500)).toMatchObject({ allowed: false });
    expect(limiter.size).toBe(500);
    expect(limiter.hit("new", 5000)).toEqual({ allowed: true });
    expect(limiter.size).toBe(1);
    expect(limiter.hit("k1", 5000)).toEqual({ allowed: true });
  });

  it("remembers at most `capacity` clients, however many come within one window", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, capacity: 100 });
    for (let i = 0; i < 5000; i++) {
      limiter.hit(`client-${i}`, i);
      expect(limiter.size).toBeLessThanOrEqual(100);
    }
    expect(limiter.size).toBe(100);
    // The most recent clients are still counted: one over its limit stays limited.
    limiter.hit("client-4999", 5000);
    expect(limiter.hit("client-4999", 5001)).toMatchObject({ allowed: false });
    // The oldest were forgotten, and start afresh.
    expect(limiter.hit("client-0", 5002)).toEqual({ allowed: true });
    expect(limiter.size).toBe(100);
  });
});
