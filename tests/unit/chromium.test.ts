import { describe, expect, it } from "vitest";
import { findChromium } from "@/tests/e2e/chromium";

describe("findChromium", () => {
  it("fails with install instructions when CHROMIUM_PATH points nowhere", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(
      /apt-get install -y chromium/,
    );
  });

  it("uses CHROMIUM_PATH when it exists", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
