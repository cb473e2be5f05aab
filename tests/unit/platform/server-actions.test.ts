import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, serverActionRefusal } from "@/lib/platform/server-actions";

const origin = "https://news.example";
const action = (headers: Record<string, string>, path = "/newsletter/confirm") =>
  serverActionRefusal("POST", path, new Headers({ host: "news.example", ...headers }), origin);
const form = {
  "next-action": "7f00aa",
  origin,
  "content-type": "multipart/form-data; boundary=x",
  "content-length": "300",
};

describe("serverActionRefusal", () => {
  it("lets a form action from a page of the site through", () => {
    expect(action(form)).toBeUndefined();
    const { "next-action": _, ...withoutJs } = form;
    expect(action(withoutJs)).toBeUndefined();
  });

  it("refuses one from another origin with 403", () => {
    expect(action({ ...form, origin: "https://evil.example" })?.status).toBe(403);
    expect(action({ ...form, origin: "null" })?.status).toBe(403);
  });

  it("refuses a body that is not a form with 400", () => {
    expect(action({ ...form, "content-type": "text/plain;charset=UTF-8" })?.status).toBe(400);
    expect(action({ ...form, "content-type": "application/json" })?.status).toBe(400);
  });

  it("refuses a body over the limit, or of no stated length, with 413", () => {
    expect(action({ ...form, "content-length": String(5 * 1024 * 1024) })?.status).toBe(413);
    expect(action({ ...form, "content-length": String(ACTION_BODY_LIMIT) })).toBeUndefined();
    const { "content-length": _, ...chunked } = form;
    expect(action(chunked)?.status).toBe(413);
  });

  it("leaves GETs, plain form posts and the route handlers' own POSTs alone", () => {
    expect(
      serverActionRefusal("GET", "/", new Headers({ "next-action": "x" }), origin),
    ).toBeUndefined();
    expect(
      action({
        origin: "https://evil.example",
        "content-type": "application/x-www-form-urlencoded",
      }),
    ).toBeUndefined();
    expect(
      action({ ...form, origin: "https://evil.example" }, "/newsletter/subscribe"),
    ).toBeUndefined();
  });
});
