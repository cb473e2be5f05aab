import { request as httpRequest } from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";

/** Every kind of response the site gives, as a crawler or a browser would ask for it. */
const routes: {
  name: string;
  get: (request: import("@playwright/test").APIRequestContext) => Promise<APIResponse>;
}[] = [
  { name: "front page", get: (r) => r.get("/") },
  { name: "article", get: (r) => r.get("/articles/venezuelan-soldiers-desert-posts") },
  { name: "section", get: (r) => r.get("/sections/americas") },
  { name: "404 page", get: (r) => r.get("/no/such/page") },
  { name: "404 from the proxy", get: (r) => r.get("/articles/%E0%A4%A") },
  {
    name: "redirect of a trailing slash",
    get: (r) => r.get("/articles/venezuelan-soldiers-desert-posts/", { maxRedirects: 0 }),
  },
  {
    name: "redirect of /page/1",
    get: (r) => r.get("/sections/americas/page/1", { maxRedirects: 0 }),
  },
  { name: "RSS feed", get: (r) => r.get("/feed.xml") },
  { name: "JSON feed", get: (r) => r.get("/feed.json") },
  { name: "sitemap", get: (r) => r.get("/sitemap.xml") },
  { name: "robots.txt", get: (r) => r.get("/robots.txt") },
  { name: "health check", get: (r) => r.get("/healthz") },
  { name: "icon", get: (r) => r.get("/favicon.ico") },
  { name: "public image", get: (r) => r.get("/images/articles/night-train.jpg") },
  {
    name: "optimized image",
    get: (r) => r.get("/_next/image?url=%2Fimages%2Farticles%2Fnight-train.jpg&w=640&q=75"),
  },
  { name: "405 for a method no route takes", get: (r) => r.fetch("/", { method: "TRACE" }) },
  {
    name: "answer to OPTIONS",
    get: (r) => r.fetch("/articles/night-trains-return", { method: "OPTIONS" }),
  },
  { name: "404 for a file name", get: (r) => r.get("/x.php") },
  {
    name: "API post refused",
    get: (r) =>
      r.post("/newsletter/subscribe", {
        headers: { origin: "https://evil.example", accept: "application/json" },
        form: { email: "a@b.c" },
      }),
  },
];

test.describe("security headers on every response", () => {
  for (const route of routes) {
    test(route.name, async ({ request }) => {
      const response = await route.get(request);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const directives =
        route.name === "optimized image"
          ? // Next's image optimizer sends a stricter policy of its own for images.
            ["script-src 'none'", "frame-src 'none'", "sandbox"]
          : [
              "default-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
              "frame-ancestors 'none'",
              "img-src 'self'",
              "font-src 'self'",
            ];
      for (const directive of directives) {
        expect(csp, `${route.name}: ${directive}`).toContain(directive);
      }
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("the 431 for headers over Node's limit too", async ({ baseURL }) => {
    const answer = await new Promise<{ status?: number; headers: Record<string, unknown> }>(
      (resolve, reject) => {
        const sent = httpRequest(
          new URL("/", baseURL),
          { headers: { "x-big": "a".repeat(20_000) } },
          (response) => {
            response.resume();
            resolve({ status: response.statusCode, headers: response.headers });
          },
        );
        sent.on("error", reject);
        sent.end();
      },
    );
    expect(answer.status).toBe(431);
    expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  });

  test("hashed static assets too", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
