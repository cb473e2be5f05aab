import { gzipSync } from "node:zlib";

/**
 * Size after gzip at zlib's default level (6, what servers and CDNs commonly
 * use), whatever encoding the server used on the wire.
 */
export function gzipSize(body: Buffer | string): number {
  return gzipSync(body).length;
}
