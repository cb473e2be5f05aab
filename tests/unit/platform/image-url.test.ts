import { describe, expect, it } from "vitest";
import { isBadImageRequest } from "@/lib/platform/image-url";

const bad = (query: string, path = "/_next/image") =>
  isBadImageRequest(path, new URLSearchParams(query));

describe("isBadImageRequest", () => {
  it("lets paths of the site's images through", () => {
    expect(bad("url=%2Fimages%2Farticles%2Fnight-train.jpg&w=640&q=75")).toBe(false);
  });

  it("refuses other hosts, protocol-relative and backslashed URLs, and none at all", () => {
    expect(bad("url=%2F%5Cexample.com%2Fa.jpg&w=640&q=75")).toBe(true);
    expect(bad("url=%2F%2Fexample.com%2Fa.jpg&w=640")).toBe(true);
    expect(bad("url=https%3A%2F%2Fexample.com%2Fa.jpg&w=640")).toBe(true);
    expect(bad("w=640")).toBe(true);
  });

  it("looks only at the image optimizer", () => {
    expect(bad("url=%2F%5Cexample.com", "/search")).toBe(false);
  });
});
