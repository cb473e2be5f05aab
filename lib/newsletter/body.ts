/** Our form's fields are a few hundred bytes; anything much larger is not our form. */
export const MAX_FORM_BYTES = 8 * 1024;

export type FormBody =
  { ok: true; fields: URLSearchParams } | { ok: false; reason: "too-large" | "unsupported-type" };

/**
 * Reads an `application/x-www-form-urlencoded` body, refusing it once it grows
 * past `limit` bytes without reading the rest (a declared Content-Length over
 * the limit is refused before reading anything).
 */
export async function readFormBody(request: Request, limit = MAX_FORM_BYTES): Promise<FormBody> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded")
    return { ok: false, reason: "unsupported-type" };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, fields: new URLSearchParams() };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  return { ok: true, fields: new URLSearchParams(text) };
}
