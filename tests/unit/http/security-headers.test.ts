import { describe, expect, it } from "vitest";
import { readSettings } from "@/lib/config";
import { contentSecurityPolicy, hstsEnabled, securityHeaders } from "@/lib/http/security-headers";

describe("securityHeaders", () => {
  it("allows only this origin's script files in production: no inline script, no eval", () => {
    expect(contentSecurityPolicy({ development: false })).toContain("script-src 'self';");
    expect(contentSecurityPolicy({ development: true })).toContain(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval';",
    );
  });

  it("never allows eval in production, only in development", () => {
    expect(contentSecurityPolicy({ development: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when asked", () => {
    const names = (hsts: boolean) =>
      securityHeaders({ development: false, hsts }).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });

  it("turns HSTS on in production unless HSTS=off", () => {
    expect(hstsEnabled(readSettings({ NODE_ENV: "production" }))).toBe(true);
    expect(hstsEnabled(readSettings({ NODE_ENV: "production", HSTS: "off" }))).toBe(false);
    expect(hstsEnabled(readSettings({ NODE_ENV: "development" }))).toBe(false);
  });
});
