import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadContentEarly, loopbackOrigin } from "@/lib/platform/warm-up";

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A server on a free loopback port that answers every request with `body`; the paths asked. */
async function answering(
  status: number,
  body: string,
): Promise<{ origin: string; asked: string[] }> {
  const asked: string[] = [];
  server = http.createServer((request, response) => {
    asked.push(request.url ?? "");
    response.writeHead(status, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { origin: loopbackOrigin(server.address()), asked };
}

describe("loopbackOrigin", () => {
  const at = (address: string, family = "IPv4"): AddressInfo => ({ address, family, port: 3000 });

  it("reaches a server listening on every address through loopback", () => {
    expect(loopbackOrigin(at("0.0.0.0"))).toBe("http://127.0.0.1:3000");
    expect(loopbackOrigin(at("::", "IPv6"))).toBe("http://[::1]:3000");
  });

  it("reaches a server bound to one address at that address", () => {
    expect(loopbackOrigin(at("10.1.2.3"))).toBe("http://10.1.2.3:3000");
    expect(loopbackOrigin(at("::1", "IPv6"))).toBe("http://[::1]:3000");
  });

  it("refuses a server not listening on a TCP port", () => {
    expect(() => loopbackOrigin(null)).toThrow(/TCP port/);
    expect(() => loopbackOrigin("/tmp/socket")).toThrow(/TCP port/);
  });
});

describe("loadContentEarly", () => {
  it("asks the health check and says how many articles loaded, and how long it took", async () => {
    const { origin, asked } = await answering(
      200,
      JSON.stringify({ status: "ok", articles: 7, checks: { content: "ok", search: "preparing" } }),
    );
    const logged: string[] = [];
    let now = 1000;
    await loadContentEarly(
      origin,
      (message) => logged.push(message),
      () => (now += 1500),
    );
    expect(asked).toEqual(["/healthz"]);
    expect(logged).toEqual([
      "Content loaded at start in 1.5 s: 7 published articles; search index: preparing",
    ]);
  });

  it("names what failed when the content could not be loaded", async () => {
    const checks = { content: "Content errors in 1 file", subscriberDatabase: "ok" };
    const { origin } = await answering(
      503,
      JSON.stringify({ status: "failing", articles: null, checks }),
    );
    const logged: string[] = [];
    await loadContentEarly(origin, (message) => logged.push(message));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("Content could not be loaded at start");
    expect(logged[0]).toContain("Content errors in 1 file");
  });

  it("says so, and does not throw, when the answer is not a health report", async () => {
    const { origin } = await answering(200, "<html>not json</html>");
    const logged: string[] = [];
    await expect(
      loadContentEarly(origin, (message) => logged.push(message)),
    ).resolves.toBeUndefined();
    expect(logged[0]).toMatch(/^Content could not be loaded at start: /);
  });
});
