import { describe, expect, it } from "vitest";
import { clientIp, withoutClaimedAddress } from "@/lib/platform/client-address";

describe("clientIp", () => {
  it("without a trusted proxy, is the address Next.js put in X-Forwarded-For from the socket", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:DB8::1" }), 0)).toBe("2001:db8::1");
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });

  it("with N trusted proxies, is the Nth entry from the right, whatever the client prepended", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    expect(clientIp(headers, 1)).toBe("10.0.0.2");
    expect(clientIp(headers, 2)).toBe("203.0.113.7");
    expect(clientIp(headers, 9)).toBe("6.6.6.6");
  });
});

describe("withoutClaimedAddress", () => {
  const claimed = new Headers({ "x-forwarded-for": "6.6.6.6", accept: "text/html" });

  it("drops a client-sent X-Forwarded-For on the newsletter's paths without a trusted proxy", () => {
    const headers = withoutClaimedAddress("/newsletter/subscribe", claimed, 0);
    expect(headers?.has("x-forwarded-for")).toBe(false);
    expect(headers?.get("accept")).toBe("text/html");
  });

  it("drops it on the search page too, whose searches are limited per client", () => {
    expect(withoutClaimedAddress("/search", claimed, 0)?.has("x-forwarded-for")).toBe(false);
  });

  it("leaves other paths, and a trusted proxy's header, as they are", () => {
    expect(withoutClaimedAddress("/articles/a-story", claimed, 0)).toBeUndefined();
    expect(withoutClaimedAddress("/newsletter/subscribe", claimed, 1)).toBeUndefined();
  });
});
