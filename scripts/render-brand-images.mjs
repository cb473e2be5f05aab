// Renders the publisher logo and the default social image (SVG sources in
// scripts/brand/) into the PNG files lib/site.ts points to. Run:
// node scripts/render-brand-images.mjs. sharp arrives with Next.js (its
// optional image-optimization dependency); text uses the DejaVu fonts.
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const sourceDir = path.join(import.meta.dirname, "brand");
const outputDir = path.join(import.meta.dirname, "..", "public", "brand");

for (const name of (await readdir(sourceDir)).filter((file) => file.endsWith(".svg"))) {
  const output = path.join(outputDir, name.replace(/\.svg$/, ".png"));
  await sharp(path.join(sourceDir, name))
    .png({ compressionLevel: 9, palette: true })
    .toFile(output);
  console.log(`wrote ${path.relative(process.cwd(), output)}`);
}
