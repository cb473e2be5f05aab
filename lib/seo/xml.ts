/**
 * Characters XML 1.0 does not allow at all, even escaped (C0 controls other
 * than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF). An
 * editor can paste one into a title; one such character makes the whole
 * document unreadable to a parser, so they are dropped.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
