import { describe, expect, it } from "vitest";
import { withoutTrailingSlash } from "@/lib/platform/trailing-slash";

describe("withoutTrailingSlash", () => {
  it("drops the trailing slashes and keeps the query", () => {
    expect(withoutTrailingSlash("/articles/x/", "")).toBe("/articles/x");
    expect(withoutTrailingSlash("/sections/europe//", "?a=1")).toBe("/sections/europe?a=1");
  });

  it("leaves the front page and paths without one alone", () => {
    expect(withoutTrailingSlash("/", "")).toBeUndefined();
    expect(withoutTrailingSlash("/articles/x", "")).toBeUndefined();
  });

  it("never redirects to another host", () => {
    expect(withoutTrailingSlash("//evil.example/", "")).toBe("/evil.example");
    expect(withoutTrailingSlash("///", "")).toBe("/");
  });
});
