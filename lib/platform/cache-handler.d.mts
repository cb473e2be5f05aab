// Types for cache-handler.mjs, which stays plain JavaScript (Next imports it at run time).
export declare const IMAGE_CACHE_BYTES: number;
export declare const IMAGE_ENTRY_OVERHEAD_BYTES: number;

export declare class ByteBoundedCache<V> {
  constructor(maxBytes: number);
  readonly maxBytes: number;
  readonly bytes: number;
  get(key: string): V | undefined;
  set(key: string, value: V, size: number): void;
  delete(key: string): void;
}

type HandlerContext = { kind?: string; [key: string]: unknown };

export default class DatelineCacheHandler {
  constructor(context: {
    flushToDisk: boolean;
    serverDistDir: string;
    revalidatedTags: string[];
    maxMemoryCacheSize?: number;
  });
  get(
    key: string,
    context: HandlerContext,
  ): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, context: HandlerContext): Promise<void>;
}
