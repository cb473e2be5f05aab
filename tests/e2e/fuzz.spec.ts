import { expect, test } from "@playwright/test";
import { seededRandom } from "../../bench/lib/random";

/**
 * A few hundred malformed or unknown URLs of every route's shape, as scanners
 * send them: none may answer 5xx, and none may show a stack trace. The
 * generator is seeded, so a failure names a URL that fails again.
 */
const next = seededRandom(20261202);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

const PREFIXES = [
  "/articles/",
  "/sections/",
  "/sections/europe/page/",
  "/tags/",
  "/tags/rail/page/",
  "/authors/",
  "/authors/mara-lindqvist/page/",
  "/newsletter/briefs/",
  "/sitemaps/sitemap/",
  "/search?q=",
  "/",
];
const PIECES = [
  "%E0%A4%A",
  "%",
  "%%",
  "%00",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e/",
  "a".repeat(600),
  "-",
  "0",
  "-1",
  "99999999999999999999",
  "1e3",
  "%F0%9F%93%B0",
  "caf%C3%A9",
  "Not_A_Slug",
  "x.php",
  "x.xml",
  "%3Cscript%3E",
  "'%22",
  "2026-02-30",
  "%20",
  "+",
  ";",
  "~",
  "index.html",
];

const urls = Array.from({ length: 300 }, () => {
  const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PIECES));
  return `${pick(PREFIXES)}${parts.join(pick(["", "/", "-"]))}`;
});

test("no malformed or unknown URL answers 5xx or shows a stack trace", async ({ request }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    if (response.status() >= 500 || /at \S+ \(\S+:\d+:\d+\)/.test(body)) {
      failures.push(`${response.status()} ${url}`);
    }
  }
  expect(failures).toEqual([]);
});

test("methods a route does not take answer 405 with Allow, never 5xx", async ({ request }) => {
  const cases: { path: string; method: string; allow: string }[] = [
    { path: "/", method: "TRACE", allow: "GET, HEAD" },
    { path: "/articles/night-trains-return", method: "PUT", allow: "GET, HEAD" },
    { path: "/articles/night-trains-return", method: "DELETE", allow: "GET, HEAD" },
    { path: "/sections/europe", method: "PATCH", allow: "GET, HEAD" },
    { path: "/feed.xml", method: "POST", allow: "GET, HEAD" },
    { path: "/no/such/page", method: "TRACE", allow: "GET, HEAD" },
    { path: "/newsletter/confirm", method: "PUT", allow: "GET, HEAD, POST" },
    { path: "/newsletter/subscribe", method: "GET", allow: "POST" },
    { path: "/newsletter/subscribe", method: "TRACE", allow: "POST" },
  ];
  for (const { path, method, allow } of cases) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
  }
  const options = await request.fetch("/articles/night-trains-return", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
});

test("bad server-action requests answer 400, 403 or 413, never 5xx", async ({ request }) => {
  const page = "/newsletter/confirm?token=nope";
  const cases: {
    name: string;
    headers: Record<string, string>;
    data: string | Buffer;
    status: number;
  }[] = [
    {
      name: "from another origin",
      headers: {
        "next-action": "0000",
        origin: "https://evil.example",
        "content-type": "multipart/form-data; boundary=x",
      },
      data: "--x--\r\n",
      status: 403,
    },
    {
      name: "a text body",
      headers: { "next-action": "0000", "content-type": "text/plain;charset=UTF-8" },
      data: '["x"]',
      status: 400,
    },
    {
      name: "a 5 MB field",
      headers: { "next-action": "0000", "content-type": "multipart/form-data; boundary=x" },
      data: Buffer.concat([
        Buffer.from('--x\r\ncontent-disposition: form-data; name="a"\r\n\r\n'),
        Buffer.alloc(5 * 1024 * 1024, 97),
        Buffer.from("\r\n--x--\r\n"),
      ]),
      status: 413,
    },
  ];
  for (const { name, headers, data, status } of cases) {
    const response = await request.post(page, { headers, data, maxRedirects: 0 });
    expect(response.status(), name).toBe(status);
  }
});

test("an image URL naming another host answers 400, never 5xx", async ({ request }) => {
  for (const url of [
    "%2F%5Cexample.com%2Fa.jpg",
    "%2F%2Fexample.com%2Fa.jpg",
    "https%3A%2F%2Fexample.com%2Fa.jpg",
  ]) {
    const response = await request.get(`/_next/image?url=${url}&w=640&q=75`);
    expect(response.status(), url).toBe(400);
  }
  const good = await request.get(
    "/_next/image?url=%2Fimages%2Farticles%2Fnight-train.jpg&w=640&q=75",
  );
  expect(good.status()).toBe(200);
});
