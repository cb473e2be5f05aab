import { describe, expect, it } from "vitest";
import { withoutFrameworkRuntime } from "@/lib/platform/framework-runtime";

// The shape of a page as Next.js 16 writes it (trimmed from a real build).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0xv9.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1pcw.js"/>',
  '<link rel="preload" as="image" href="/_next/image?url=%2Fa.jpg&amp;w=640&amp;q=75"/>',
  '<script src="/_next/static/chunks/3cl3.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1.js" noModule=""></script>',
  '<link rel="canonical" href="https://dateline.example/"/>',
  "</head><body><main><h1>Night trains return</h1>",
  '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
  '<script type="module" src="/scripts/signup.js"></script>',
  "</main>",
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

describe("withoutFrameworkRuntime", () => {
  const stripped = withoutFrameworkRuntime(page);

  it("takes out Next's chunks, their preloads, Turbopack's list and the RSC payload", () => {
    expect(stripped).not.toContain("/_next/static/chunks/3cl3.js");
    expect(stripped).not.toContain("/_next/static/chunks/0cz1.js");
    expect(stripped).not.toContain("/_next/static/chunks/1pcw.js");
    expect(stripped).not.toContain("TURBOPACK");
    expect(stripped).not.toContain("__next_f");
  });

  it("keeps the page: styles, image preloads, links, content, JSON-LD and our scripts", () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/0xv9.css"');
    expect(stripped).toContain('<link rel="preload" as="image"');
    expect(stripped).toContain('<link rel="canonical"');
    expect(stripped).toContain("<h1>Night trains return</h1>");
    expect(stripped).toContain('<script type="application/ld+json">{"@context"');
    expect(stripped).toContain('<script type="module" src="/scripts/signup.js"></script>');
    expect(stripped.endsWith("</main></body></html>")).toBe(true);
  });

  it("changes nothing in a page without the runtime", () => {
    expect(withoutFrameworkRuntime(stripped)).toBe(stripped);
  });
});
