import { describe, expect, it } from "vitest";
import { csvField, subscribersCsv } from "@/lib/newsletter/csv";
import { decodeDraft, encodeDraft } from "@/lib/newsletter/draft";
import type { Subscriber } from "@/lib/newsletter/store";
import { expiryFor, hashToken, isWellFormedToken, issueToken } from "@/lib/newsletter/tokens";

describe("tokens", () => {
  it("are 256-bit random base64url strings, stored as SHA-256", () => {
    const tokens = Array.from({ length: 50 }, () => issueToken());
    expect(new Set(tokens.map((t) => t.token)).size).toBe(50);
    for (const { token, hash } of tokens) {
      expect(isWellFormedToken(token)).toBe(true);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(hashToken(token));
      expect(hash).not.toContain(token);
    }
    expect(isWellFormedToken("short")).toBe(false);
    expect(isWellFormedToken(`${"a".repeat(42)}=`)).toBe(false);
  });

  it("expire after their purpose's lifetime", () => {
    const from = new Date("2026-01-01T00:00:00.000Z");
    expect(expiryFor("confirm", from)).toBe("2026-01-08T00:00:00.000Z");
    expect(Date.parse(expiryFor("unsubscribe", from)) - from.getTime()).toBeGreaterThan(
      365 * 86_400_000,
    );
  });
});

describe("CSV export", () => {
  it("escapes quotes, commas, line breaks and edge spaces", () => {
    expect(csvField("plain@example.com")).toBe("plain@example.com");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(" lead")).toBe('" lead"');
    expect(csvField(null)).toBe("");
  });

  it("turns what a spreadsheet would run as a formula into text", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")@example.com')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")@example.com"',
    );
    expect(csvField("+1@example.com")).toBe("'+1@example.com");
    expect(csvField("-x@example.com")).toBe("'-x@example.com");
    expect(csvField("@sum@example.com")).toBe("'@sum@example.com");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    // Dates, paths and ordinary addresses are left as they are.
    expect(csvField("2026-01-01T00:00:00.000Z")).toBe("2026-01-01T00:00:00.000Z");
    expect(csvField("/articles/x")).toBe("/articles/x");
  });

  it("writes a header and one CRLF-terminated line per subscriber", () => {
    const subscriber: Subscriber = {
      id: 1,
      email: "o'brien@example.ie",
      status: "confirmed",
      consentAt: "2026-01-01T00:00:00.000Z",
      consentWording: "v1",
      sourcePath: "/articles/a,b",
      createdAt: "2026-01-01T00:00:00.000Z",
      confirmedAt: "2026-01-01T01:00:00.000Z",
      unsubscribedAt: null,
    };
    expect(subscribersCsv([subscriber])).toBe(
      "email,status,consent_at,consent_wording,source_path,created_at,confirmed_at,unsubscribed_at\r\n" +
        `o'brien@example.ie,confirmed,2026-01-01T00:00:00.000Z,v1,"/articles/a,b",2026-01-01T00:00:00.000Z,2026-01-01T01:00:00.000Z,\r\n`,
    );
  });
});

describe("the no-JavaScript draft cookie", () => {
  it("round-trips and rejects anything tampered with", () => {
    const draft = { email: "Name <a@b.c>", source: "/articles/a", problem: "notSingle" as const };
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
    const forged = Buffer.from(JSON.stringify({ ...draft, problem: "<script>" })).toString(
      "base64url",
    );
    expect(decodeDraft(forged)).toBeUndefined();
    expect(decodeDraft("%%%")).toBeUndefined();
    expect(decodeDraft(undefined)).toBeUndefined();
  });
});
