// Next.js cache handler (`cacheHandler` in next.config.ts): Next's own
// file-system cache for pages, plus an in-memory store for optimized images.
//
// Why: `experimental.isrFlushToDisk: false` keeps regenerated pages out of
// .next (docs/architecture.md), but Next ties its image cache to that same
// switch, so with it off every /_next/image request encoded the photo again:
// about half a second of CPU per request. Images are kept here instead, in
// memory, up to a byte budget, least recently used first out.
//
// Plain JavaScript because Next imports this file at run time for images as
// well as bundling it for pages.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/** Image bytes one server keeps in memory (encoded AVIF/WebP, a few KB each). */
export const IMAGE_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A map that keeps its most recently used entries within a total byte size.
 * @template V
 */
export class ByteBoundedCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { value: V; size: number }>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map order is insertion order: re-inserting marks it most recent.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores a value; one larger than the whole budget is not kept.
   * @param {string} key @param {V} value @param {number} size
   */
  set(key, value, size) {
    this.delete(key);
    if (size > this.maxBytes) return;
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/**
 * What an entry costs besides the image's bytes (its key, etags and wrapper
 * objects), counted so that many tiny images cannot hold far more memory than
 * the budget says.
 */
export const IMAGE_ENTRY_OVERHEAD_BYTES = 1024;

/**
 * One store for the process: Next keeps one handler for images, but makes a
 * new one per request for pages, and both are this class.
 */
const images = new ByteBoundedCache(IMAGE_CACHE_BYTES);

export default class DatelineCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    if (ctx?.kind === "IMAGE") return images.get(key) ?? null;
    return super.get(key, ctx);
  }

  async set(key, data, ctx) {
    if (ctx?.kind === "IMAGE") {
      if (data?.kind === "IMAGE") {
        images.set(
          key,
          { value: data, lastModified: Date.now() },
          data.buffer.byteLength + IMAGE_ENTRY_OVERHEAD_BYTES,
        );
      }
      return;
    }
    return super.set(key, data, ctx);
  }
}
