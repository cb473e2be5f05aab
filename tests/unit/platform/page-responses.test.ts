import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { etagOf, isPageRequest, matchesEtag, PageBodies } from "@/lib/platform/page-responses";

describe("isPageRequest", () => {
  it("is a GET or HEAD of a page's path", () => {
    expect(isPageRequest("GET", "/", {})).toBe(true);
    expect(isPageRequest("HEAD", "/articles/night-trains-return", {})).toBe(true);
    expect(isPageRequest("GET", "/search?q=a.b", {})).toBe(true);
    expect(isPageRequest("GET", "/no/such/page", {})).toBe(true);
  });

  it("is a GET of a feed or file too: the front door compresses what Next no longer does", () => {
    expect(isPageRequest("GET", "/feed.xml", {})).toBe(true);
    expect(isPageRequest("GET", "/images/a.jpg", {})).toBe(true);
  });

  it("is not Next's assets, an RSC request, a POST or an odd target", () => {
    expect(isPageRequest("GET", "/_next/static/chunks/a", {})).toBe(false);
    expect(isPageRequest("GET", "/_next/image?url=%2Fa.jpg", {})).toBe(false);
    expect(isPageRequest("GET", "/articles/x", { rsc: "1" })).toBe(false);
    expect(isPageRequest("POST", "/newsletter/confirm", {})).toBe(false);
    expect(isPageRequest("GET", "*", {})).toBe(false);
  });
});

describe("PageBodies", () => {
  const html = Buffer.from('<p>Hi</p><script src="/_next/static/chunks/a.js" async=""></script>');

  it("gives the page without the runtime, raw and gzipped", () => {
    const body = new PageBodies().body(html, undefined);
    expect(body.html.toString()).toBe("<p>Hi</p>");
    expect(gunzipSync(body.gzip).toString()).toBe("<p>Hi</p>");
  });

  it("keeps what it made by ETag, so a cached page is made once", () => {
    const bodies = new PageBodies();
    const first = bodies.body(html, '"abc"');
    expect(bodies.body(html, '"abc"')).toBe(first);
    expect(bodies.known('"abc"')).toBe(first);
    expect(bodies.known('"other"')).toBeUndefined();
    expect(bodies.known(undefined)).toBeUndefined();
  });

  it("makes a page without an ETag anew each time (rendered per request)", () => {
    const bodies = new PageBodies();
    expect(bodies.body(html, undefined)).not.toBe(bodies.body(html, undefined));
  });

  it("keeps within its byte budget, least recently used out first", () => {
    const bodies = new PageBodies(200);
    const made = bodies.body(Buffer.from("x".repeat(60)), '"1"');
    expect(made.html.length + made.gzip.length).toBeGreaterThan(60);
    bodies.body(Buffer.from("y".repeat(60)), '"2"');
    bodies.body(Buffer.from("z".repeat(60)), '"3"');
    expect(bodies.known('"1"')).toBeUndefined();
    expect(bodies.known('"3"')).toBeDefined();
  });
});

describe("PageBodies for other answers", () => {
  it("gzips a feed as it is: only pages lose scripts", () => {
    const feed = Buffer.from('<rss><script src="/_next/static/chunks/a.js"></script></rss>');
    const body = new PageBodies().body(feed, '"f"', false);
    expect(body.html).toEqual(feed);
    expect(gunzipSync(body.gzip)).toEqual(feed);
  });
});

describe("the ETag sent", () => {
  it("is a hash of the page as sent: two renders differing only in the runtime share it", () => {
    const bodies = new PageBodies();
    const prerendered = bodies.body(
      Buffer.from('<p>Hi</p><script src="/_next/static/chunks/a.js" async=""></script>'),
      '"next-1"',
    );
    const onRequest = bodies.body(
      Buffer.from('<p>Hi</p><script src="/_next/static/chunks/b.js" async=""></script>'),
      '"next-2"',
    );
    expect(onRequest.etag).toBe(prerendered.etag);
    expect(prerendered.etag).toBe(etagOf(Buffer.from("<p>Hi</p>")));
    expect(prerendered.etag).toMatch(/^"[\w-]{22}"$/);
    expect(etagOf(Buffer.from("<p>Hello</p>"))).not.toBe(prerendered.etag);
  });

  it("answers If-None-Match lists, weak forms and *", () => {
    const etag = etagOf(Buffer.from("a"));
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('"other"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
