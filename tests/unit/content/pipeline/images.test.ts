import { describe, expect, it } from "vitest";
import { measureImage } from "@/lib/content/pipeline/images";
import { fixturePublicDir } from "../../../support/fixtures";

describe("measureImage", () => {
  it("reads width and height from the file header", async () => {
    expect(await measureImage(fixturePublicDir, "/images/photo.jpg")).toEqual({
      ok: true,
      value: { width: 64, height: 48 },
    });
  });

  it("reports a missing file with its path", async () => {
    const result = await measureImage(fixturePublicDir, "/images/none.jpg");
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          rule: "image-missing",
          field: "image.src",
          message: "expected an image file at public/images/none.jpg, found no such file",
        }),
      ],
    });
  });

  it("reports a file that is not an image", async () => {
    const result = await measureImage(fixturePublicDir, "/images/broken.jpg");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain("not one");
  });
});
