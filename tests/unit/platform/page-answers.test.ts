import http from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerOrTakeOver, PageBodies } from "@/lib/platform/page-responses";
import { ReusedAnswers } from "@/lib/platform/reused-responses";

/**
 * The front door's page path against a stand-in for Next.js that answers
 * like it does for a cached page (the first time MISS, then HIT), counting
 * how often it is asked.
 */
const page = '<main>Night trains</main><script src="/_next/static/chunks/a.js" async=""></script>';
let now = 0;
let asked = 0;
const answers = new ReusedAnswers(() => now, 10, 1000);
const server = http.createServer((request, response) => {
  if (answerOrTakeOver(request, response, new PageBodies(), answers)) return;
  asked += 1;
  response.setHeader("Cache-Control", "public, max-age=0, s-maxage=30");
  response.setHeader("x-nextjs-cache", asked === 1 ? "MISS" : "HIT");
  response.setHeader("ETag", '"next-etag"');
  if (request.url === "/sets-cookie") response.setHeader("Set-Cookie", "a=1");
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(page);
});
let origin = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not listening on TCP");
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  asked = 0;
  now += 10_000;
});

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${origin}${path}`, { headers, method });
  const body = Buffer.from(await response.arrayBuffer());
  const sent = Object.fromEntries([...response.headers].filter(([name]) => name !== "date"));
  return { status: response.status, headers: sent, body };
}

describe("a page Next serves from its cache", () => {
  it("is answered again by the front door, the same bytes and headers, without asking Next", async () => {
    await get("/articles/a");
    const fromNext = await get("/articles/a");
    expect(fromNext.headers["x-nextjs-cache"]).toBe("HIT");
    const reused = await get("/articles/a");
    expect(asked).toBe(2);
    expect(reused).toEqual(fromNext);
    expect(reused.body.toString()).toBe("<main>Night trains</main>");
  });

  it("is reused gzipped, as 304 for its ETag, and for HEAD, as the client asks", async () => {
    await get("/articles/b");
    const fromNext = await get("/articles/b");
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${origin}/articles/b`, { headers: { "accept-encoding": "gzip" } }, (message) => {
          const chunks: Buffer[] = [];
          message.on("data", (chunk: Buffer) => chunks.push(chunk));
          message.on("end", () =>
            resolve({ encoding: message.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("<main>Night trains</main>");
    const etag = fromNext.headers.etag ?? "";
    expect((await get("/articles/b", { "if-none-match": etag })).status).toBe(304);
    const head = await get("/articles/b", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(fromNext.headers["content-length"]);
    expect(asked).toBe(2);
  });

  it("goes back to Next once its time is up", async () => {
    await get("/articles/c");
    await get("/articles/c");
    now += 999;
    await get("/articles/c");
    expect(asked).toBe(2);
    now += 1;
    await get("/articles/c");
    expect(asked).toBe(3);
  });

  it("is not reused for an editor's preview, an RSC request or an answer that sets a cookie", async () => {
    await get("/articles/d");
    await get("/articles/d");
    await get("/articles/d", { cookie: "__prerender_bypass=1" });
    await get("/articles/d", { rsc: "1" });
    expect(asked).toBe(4);
    await get("/sets-cookie");
    await get("/sets-cookie");
    await get("/sets-cookie");
    expect(asked).toBe(7);
  });
});
