import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import DatelineCacheHandler, { ByteBoundedCache } from "@/lib/platform/cache-handler.mjs";

describe("ByteBoundedCache", () => {
  it("drops the least recently used entries once over its byte budget", () => {
    const cache = new ByteBoundedCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // "a" is now the most recent
    cache.set("c", "C", 4); // 12 bytes: "b" goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.bytes).toBe(8);
  });

  it("replaces an entry without counting it twice, and never keeps one bigger than the budget", () => {
    const cache = new ByteBoundedCache<string>(10);
    cache.set("a", "A", 6);
    cache.set("a", "A2", 6);
    expect(cache.bytes).toBe(6);
    expect(cache.get("a")).toBe("A2");
    cache.set("huge", "H", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBe("A2");
  });
});

describe("DatelineCacheHandler", () => {
  const handler = () =>
    new DatelineCacheHandler({
      flushToDisk: false,
      serverDistDir: mkdtempSync(path.join(os.tmpdir(), "dateline-cache-")),
      revalidatedTags: [],
      maxMemoryCacheSize: 1024 * 1024,
    });
  const image = {
    kind: "IMAGE",
    etag: "e1",
    upstreamEtag: "u1",
    buffer: Buffer.from("avif bytes"),
    extension: "avif",
    revalidate: 14_400,
  };

  it("keeps optimized images across handler instances", async () => {
    const key = `image-${Math.random()}`;
    expect(await handler().get(key, { kind: "IMAGE" })).toBeNull();
    await handler().set(key, image, { kind: "IMAGE", cacheControl: { revalidate: 14_400 } });
    const entry = await handler().get(key, { kind: "IMAGE" });
    expect(entry?.value).toEqual(image);
    expect(typeof entry?.lastModified).toBe("number");
  });

  it("ignores anything but an image under the image kind", async () => {
    const key = `image-${Math.random()}`;
    await handler().set(key, { kind: "APP_PAGE" }, { kind: "IMAGE" });
    expect(await handler().get(key, { kind: "IMAGE" })).toBeNull();
  });
});
