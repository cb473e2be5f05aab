import { describe, expect, it } from "vitest";
import { escapeXml, stripInvalidXmlChars } from "@/lib/seo/xml";
import { parseXml } from "../../support/xml";

describe("escapeXml", () => {
  it("escapes markup characters so the text parses back unchanged", () => {
    const text = `A </title> & "quotes" & 'apostrophes' ]]> <!-- x -->`;
    expect(parseXml(`<t a="${escapeXml(text)}">${escapeXml(text)}</t>`).t).toEqual({
      "#text": text,
      "@_a": text,
    });
  });

  it("drops characters XML cannot carry at all, keeping tabs, newlines and all of Unicode", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0008c\u000Bd\uFFFEe")).toBe("abcde");
    expect(stripInvalidXmlChars("tab\tnew\nline\r é 🇨🇴 \u2028")).toBe(
      "tab\tnew\nline\r é 🇨🇴 \u2028",
    );
    expect(() => parseXml(`<t>${escapeXml("vertical\u000Btab")}</t>`)).not.toThrow();
  });
});
