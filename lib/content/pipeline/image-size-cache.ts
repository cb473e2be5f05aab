import type { ImageDimensions } from "../schema";

/** Reads the pixel size of the image file at an absolute path; rejects as the file system does. */
export type ImageSizeReader = (file: string) => Promise<Partial<ImageDimensions>>;

/**
 * Wraps a reader so each path is read once: a synthetic (or real) archive
 * shares a handful of photos across thousands of articles, and opening the
 * same file per article was a quarter of a content check's time. The promise
 * itself is kept, failures included, so every article naming a missing or
 * broken file still gets the same problem. Make one per scan: a long-running
 * server must see an image that was replaced or added since the last one.
 */
export function cachedImageSizeReader(read: ImageSizeReader): ImageSizeReader {
  const sizes = new Map<string, Promise<Partial<ImageDimensions>>>();
  return (file) => {
    let size = sizes.get(file);
    if (!size) {
      size = read(file);
      sizes.set(file, size);
    }
    return size;
  };
}
