import { describe, expect, it } from "vitest";
import { normalizeSourcePath, validateEmail, type EmailProblem } from "@/lib/newsletter/validate";

describe("validateEmail", () => {
  it.each([
    ["a@b.c", "a@b.c"],
    [" A@B.C ", "a@b.c"],
    ["\tReader@Example.ORG ", "reader@example.org"],
    ["first.last+news@sub.example.co.uk", "first.last+news@sub.example.co.uk"],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ["reader@exämple.de", "reader@xn--exmple-cua.de"],
    [`${"a".repeat(64)}@example.com`, `${"a".repeat(64)}@example.com`],
    [`a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(57)}`, undefined],
  ])("accepts %j as %j", (raw, expected) => {
    const result = validateEmail(raw);
    expect(result).toEqual({ ok: true, email: expected ?? raw.trim().toLowerCase() });
  });

  it("accepts an address of exactly 254 characters", () => {
    const address = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.io`;
    expect(address).toHaveLength(254);
    expect(validateEmail(address)).toEqual({ ok: true, email: address });
  });

  it.each<[string, unknown, EmailProblem]>([
    ["header injection", "a@b.c\r\nBcc:x@y", "lineBreak"],
    ["a bare line feed", "a@b.c\nBcc: x@y.z", "lineBreak"],
    ["a trailing CRLF", "a@b.c\r\n", "lineBreak"],
    ["a display name", "Name <a@b.c>", "notSingle"],
    ["angle brackets only", "<a@b.c>", "notSingle"],
    ["a list with a comma", "a@b.c,d@e.f", "notSingle"],
    ["a list with a semicolon", "a@b.c; d@e.f", "notSingle"],
    ["a space inside", "a b@c.d", "notSingle"],
    ["a quoted local part", '"a"@b.c', "notSingle"],
    ["two @ signs", "a@b@c.d", "notSingle"],
    [
      "255 characters",
      `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(59)}.io`,
      "tooLong",
    ],
    ["a thousand characters", `${"a".repeat(990)}@example.com`, "tooLong"],
    ["empty", "", "missing"],
    ["only spaces", "   ", "missing"],
    ["not a string", 42, "missing"],
    ["no @", "reader.example.com", "malformed"],
    ["nothing before @", "@example.com", "malformed"],
    ["nothing after @", "reader@", "malformed"],
    ["a bare host name", "reader@localhost", "malformed"],
    ["an IP address", "reader@127.0.0.1", "malformed"],
    ["a double dot", "a..b@example.com", "malformed"],
    ["a leading dot", ".a@example.com", "malformed"],
    ["a domain label starting with a hyphen", "a@-example.com", "malformed"],
    ["a trailing dot in the domain", "a@example.com.", "malformed"],
    ["a local part over 64 characters", `${"a".repeat(65)}@example.com`, "malformed"],
    ["a NUL byte", "a\u0000@example.com", "malformed"],
  ])("refuses %s", (_name, raw, problem) => {
    const result = validateEmail(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it("normalizes spellings of one address to one value", () => {
    const spellings = [" A@B.C ", "a@b.c", "A@b.C", "a@B.c\t"];
    const normalized = new Set(
      spellings.map((raw) => {
        const result = validateEmail(raw);
        return result.ok ? result.email : raw;
      }),
    );
    expect([...normalized]).toEqual(["a@b.c"]);
  });
});

describe("normalizeSourcePath", () => {
  it("keeps a site path and drops anything else", () => {
    expect(normalizeSourcePath("/articles/night-trains-return")).toBe(
      "/articles/night-trains-return",
    );
    expect(normalizeSourcePath("https://evil.example/")).toBeNull();
    expect(normalizeSourcePath("//evil.example/x")).toBeNull();
    expect(normalizeSourcePath("/a?b=<script>")).toBeNull();
    expect(normalizeSourcePath(`/${"a".repeat(300)}`)).toBeNull();
    expect(normalizeSourcePath(null)).toBeNull();
  });
});
