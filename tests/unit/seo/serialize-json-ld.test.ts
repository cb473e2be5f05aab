import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

const hostile = {
  headline: 'A </script><script>alert("x")</script> & <!-- comment --> ]]> headline',
  caption: "line\u2028separator and paragraph\u2029separator",
  nested: [{ text: "</SCRIPT >", amp: "&amp;", unicode: "Cúcuta 🇨🇴" }],
};

describe("serializeJsonLd", () => {
  it("round-trips exactly through JSON.parse", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it("leaves no character that could end or confuse the script element", () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(json).toContain("\\u0026");
    expect(json).toContain("\\u2028");
    expect(json).toContain("\\u2029");
  });

  it("keeps other text as it is", () => {
    expect(serializeJsonLd({ name: "Cúcuta 🇨🇴" })).toBe('{"name":"Cúcuta 🇨🇴"}');
  });

  it("refuses something that is not JSON", () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});
