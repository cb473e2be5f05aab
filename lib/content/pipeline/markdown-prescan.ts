/** A level-2 to level-6 ATX subheading marker at the start of a line. */
const SUBHEADING_MARKER = /^#{2,6}(?=[ \t]|$)/gm;

/**
 * Whether a Markdown body may hold anything the body checks look at: a
 * level-1 heading, raw HTML, a link or an image. When it cannot, checking it
 * needs no parse, which is most of a content check's time.
 *
 * It errs towards "may": CommonMark (remark without extensions) only makes
 * HTML and autolinks from `<`, links and images from `[`, level-1 headings
 * from a `#` (ATX) or a line of `=` under a paragraph (setext). So a body
 * without `<`, `[` and `=`, whose only `#` are `##`-`######` subheading
 * markers at the start of a line (never a level-1 heading, wherever they
 * stand), has none of them. Any other `#` or `=` (in text, in code, in a
 * URL) only means the body is parsed as before.
 */
export function mayNeedBodyInspection(body: string): boolean {
  if (/[<[=]/.test(body)) return true;
  return body.replace(SUBHEADING_MARKER, "").includes("#");
}
