import { contentError, success, type StepResult } from "./problems";

/**
 * Bytes of a content file to the text the pipeline reads, as any editor may
 * save it: UTF-8 with or without a byte-order mark, lines ending in CRLF, LF
 * or CR. Line endings become LF, which keeps every line:column the same.
 * Anything else (UTF-16, Latin-1, a binary file) is one error that names the
 * encoding problem, instead of a cascade of confusing ones from the parse.
 */
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const SAVE_AS_UTF8 = 'save the file as "UTF-8" in your editor';

export function decodeSource(bytes: Uint8Array): StepResult<string> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failure("the file is saved as UTF-16, not UTF-8");
  }
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? UTF8_BOM.length : 0;
  const content = bytes.subarray(start);
  const nul = content.indexOf(0);
  if (nul >= 0) {
    return failure(
      `the file holds a NUL byte (at ${placeOf(content, nul)}), so it is not text: perhaps an image or a word-processor file`,
    );
  }
  let text: string;
  try {
    text = decoder.decode(content);
  } catch {
    const at = firstInvalidByte(content);
    const byte = content[at] ?? 0;
    return failure(
      `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at ${placeOf(content, at)} is not UTF-8 (the file may be saved as Latin-1 or Windows-1252)`,
    );
  }
  return success(text.replace(/\r\n?/g, "\n"));
}

function failure(what: string): StepResult<string> {
  return {
    ok: false,
    problems: [contentError("encoding", "file", `encoding: ${what}; ${SAVE_AS_UTF8}.`)],
  };
}

/** "line 3, column 7" of a byte offset (columns in characters of the valid text before it). */
function placeOf(bytes: Uint8Array, offset: number): string {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset)).replace(/\r\n?/g, "\n");
  const lines = before.split("\n");
  return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

/** The offset where the first invalid UTF-8 sequence starts (a stray byte, a cut or overlong sequence). */
function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return at;
    // The sequence is valid when the decoder accepts it alone (it checks overlong forms and ranges).
    if (length > 1 && !decodes(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return at;
}

function decodes(sequence: Uint8Array): boolean {
  try {
    decoder.decode(sequence);
    return true;
  } catch {
    return false;
  }
}
