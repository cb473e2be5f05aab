import { describe, expect, it } from "vitest";
import { cachedImageSizeReader } from "@/lib/content/pipeline/image-size-cache";
import { measureImage } from "@/lib/content/pipeline/images";
import { fixturePublicDir } from "../../../support/fixtures";

describe("cachedImageSizeReader", () => {
  it("reads each path once and answers every later call from the first read", async () => {
    const reads: string[] = [];
    const readSize = cachedImageSizeReader(async (file) => {
      reads.push(file);
      return { width: file.length, height: 1 };
    });
    const sizes = await Promise.all(["/a.jpg", "/bb.jpg", "/a.jpg", "/a.jpg"].map(readSize));
    expect(sizes).toEqual([
      { width: 6, height: 1 },
      { width: 7, height: 1 },
      { width: 6, height: 1 },
      { width: 6, height: 1 },
    ]);
    expect(reads).toEqual(["/a.jpg", "/bb.jpg"]);
  });

  it("keeps a failed read, so every caller sees the same failure", async () => {
    let reads = 0;
    const readSize = cachedImageSizeReader(async () => {
      reads += 1;
      throw Object.assign(new Error("no such file"), { code: "ENOENT" });
    });
    await expect(readSize("/none.jpg")).rejects.toThrow("no such file");
    await expect(readSize("/none.jpg")).rejects.toThrow("no such file");
    expect(reads).toBe(1);
  });

  it("gives measureImage the same results as reading the files directly", async () => {
    const { imageSizeFromFile } = await import("image-size/fromFile");
    const readSize = cachedImageSizeReader(imageSizeFromFile);
    for (const src of ["/images/photo.jpg", "/images/none.jpg", "/images/broken.jpg"]) {
      const at = { line: 9, column: 3 };
      const direct = await measureImage(fixturePublicDir, src, at);
      expect(await measureImage(fixturePublicDir, src, at, "image.src", readSize)).toEqual(direct);
      expect(await measureImage(fixturePublicDir, src, at, "image.src", readSize)).toEqual(direct);
    }
  });
});
