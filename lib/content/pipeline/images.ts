import "server-only";
import path from "node:path";
import { imageSizeFromFile } from "image-size/fromFile";
import type { ImageSizeReader } from "./image-size-cache";
import { contentError, failure, success, type Position, type StepResult } from "./problems";
import type { ImageDimensions } from "../schema";

/**
 * Reads an image's pixel size from its file header, so editors never type
 * sizes. `src` is the public URL path the schema already validated.
 * `readSize` lets a scan share one cached reader across its files.
 */
export async function measureImage(
  publicDir: string,
  src: string,
  at?: Position,
  field = "image.src",
  readSize: ImageSizeReader = imageSizeFromFile,
): Promise<StepResult<ImageDimensions>> {
  const file = path.join(publicDir, src);
  try {
    const { width, height } = await readSize(file);
    if (!width || !height) {
      return failure(contentError("image-unreadable", field, `could not read the size of ${src}`, at));
    }
    return success({ width, height });
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    return failure(
      missing
        ? contentError("image-missing", field, `expected an image file at public${src}, found no such file`, at)
        : contentError(
            "image-unreadable",
            field,
            `expected a JPEG, PNG, WebP or AVIF image at public${src}, found a file that is not one`,
            at,
          ),
    );
  }
}
