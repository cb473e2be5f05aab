import { describe, expect, it } from "vitest";
import { builtRoutes, clientErrorResponse, frontDoorStep } from "@/lib/platform/front-door";

const files = new Set([
  "/favicon.ico",
  "/feed.xml",
  "/images/articles/night-train.jpg",
  "/a b.txt",
]);

describe("frontDoorStep", () => {
  it("passes what a route takes to Next.js", () => {
    expect(frontDoorStep("GET", "/articles/night-trains-return", files)).toEqual({ kind: "next" });
    expect(frontDoorStep("HEAD", "/", files)).toEqual({ kind: "next" });
    expect(frontDoorStep("POST", "/newsletter/confirm?token=x", files)).toEqual({ kind: "next" });
    expect(frontDoorStep("POST", "/newsletter/subscribe", files)).toEqual({ kind: "next" });
    expect(frontDoorStep("GET", "/no/such/page", files)).toEqual({ kind: "next" });
  });

  it("answers a method the route does not take with 405 and what it takes", () => {
    expect(frontDoorStep("TRACE", "/", files)).toMatchObject({
      kind: "answer",
      status: 405,
      allow: "GET, HEAD",
    });
    expect(frontDoorStep("PUT", "/articles/x", files)).toMatchObject({
      status: 405,
      allow: "GET, HEAD",
    });
    expect(frontDoorStep("POST", "/sections/europe", files)).toMatchObject({ status: 405 });
    expect(frontDoorStep("DELETE", "/newsletter/unsubscribe", files)).toMatchObject({
      status: 405,
      allow: "GET, HEAD, POST",
    });
    expect(frontDoorStep("GET", "/newsletter/subscribe", files)).toMatchObject({
      status: 405,
      allow: "POST",
    });
    const answer = frontDoorStep("PATCH", "/feed.xml", files);
    expect(answer.kind === "answer" && answer.body).toContain("PATCH is not accepted here");
  });

  it("answers OPTIONS with 204 and the methods of the route", () => {
    expect(frontDoorStep("OPTIONS", "/", files)).toEqual({
      kind: "answer",
      status: 204,
      allow: "GET, HEAD, OPTIONS",
      body: "",
    });
    expect(frontDoorStep("OPTIONS", "/newsletter/subscribe", files)).toMatchObject({
      allow: "POST, OPTIONS",
    });
  });

  it("sends file names no route or file serves to the 404 page", () => {
    for (const url of [
      "/x.php",
      "/wp-admin/setup.php?step=1",
      "/x.segment.rsc",
      "/articles/night-trains-return.segments/_tree.segment.rsc",
      "/images/no-such.jpg",
      "/%E0%A4%A.txt",
    ]) {
      expect(frontDoorStep("GET", url, files), url).toEqual({ kind: "notFoundPage" });
    }
    expect(frontDoorStep("HEAD", "/x.php", files)).toEqual({ kind: "notFoundPage" });
  });

  it("leaves files, file-named routes and Next's assets to Next.js", () => {
    for (const url of [
      "/favicon.ico",
      "/feed.xml?x=1",
      "/images/articles/night-train.jpg",
      "/a%20b.txt",
      "/sitemaps/sitemap/0.xml",
      "/articles/night-trains-return.rsc",
      "/_next/static/chunks/app.js",
      "/_next/image?url=%2Fx.jpg&w=640&q=75",
    ]) {
      expect(frontDoorStep("GET", url, files), url).toEqual({ kind: "next" });
    }
  });

  it("leaves absolute-form and asterisk targets to Next.js", () => {
    expect(frontDoorStep("GET", "http://example.com/x.php", files)).toEqual({ kind: "next" });
    expect(frontDoorStep("OPTIONS", "*", files)).toEqual({ kind: "next" });
  });
});

describe("clientErrorResponse", () => {
  const headers = [{ key: "X-Frame-Options", value: "DENY" }];

  it("answers headers over the limit with 431 and the site's headers", () => {
    const raw = clientErrorResponse("HPE_HEADER_OVERFLOW", headers);
    expect(raw).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(raw).toContain("\r\nX-Frame-Options: DENY\r\n");
    expect(raw).toContain("\r\nConnection: close\r\n");
    const [head = "", body = ""] = raw.split("\r\n\r\n");
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
  });

  it("answers anything else the parser refuses with 400", () => {
    expect(clientErrorResponse("HPE_INVALID_METHOD", headers)).toMatch(
      /^HTTP\/1\.1 400 Bad Request\r\n/,
    );
    expect(clientErrorResponse(undefined, headers)).toMatch(/^HTTP\/1\.1 400 /);
  });
});

describe("builtRoutes", () => {
  const manifest = {
    headers: [
      { source: "/articles/:slug", headers: [{ key: "Cache-Control", value: "x" }] },
      { source: "/:path*", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ],
    staticRoutes: [
      { page: "/" },
      { page: "/favicon.ico" },
      { page: "/feed.xml" },
      { page: "/search" },
    ],
  };

  it("reads the headers every path gets and the file-named routes", () => {
    expect(builtRoutes(manifest)).toEqual({
      siteHeaders: [{ key: "X-Frame-Options", value: "DENY" }],
      fileRoutes: ["/favicon.ico", "/feed.xml"],
    });
  });

  it("refuses a manifest without the site-wide headers or of another shape", () => {
    expect(() => builtRoutes({ ...manifest, headers: [] })).toThrow(
      /no headers rule for \/:path\*/,
    );
    expect(() => builtRoutes({ headers: "nope" })).toThrow();
  });
});
