/**
 * Characters that could end or confuse the `<script>` element the JSON sits
 * in (`</script>`, `<!--`, `]]>`), or that HTML-aware tools treat specially
 * (`&`), and the line separators that old JavaScript parsers reject inside
 * strings. In JSON text they can only occur inside strings, where the
 * `\uXXXX` escape means exactly the same character.
 */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for an inline `<script type="application/ld+json">`: no text a title
 * or caption contains can break out of the element, and `JSON.parse` of the
 * result gives back exactly the input.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError("JSON-LD data must be a JSON value");
  return json.replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
