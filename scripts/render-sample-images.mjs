// Renders the original sample illustrations (SVG sources beside this script)
// into the JPEG files the sample articles use. Run: node scripts/render-sample-images.mjs
// sharp arrives with Next.js (its optional image-optimization dependency).
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const sourceDir = path.join(import.meta.dirname, "sample-images");
const outputDir = path.join(import.meta.dirname, "..", "public", "images", "articles");

for (const name of (await readdir(sourceDir)).filter((file) => file.endsWith(".svg"))) {
  const output = path.join(outputDir, name.replace(/\.svg$/, ".jpg"));
  await sharp(path.join(sourceDir, name)).jpeg({ quality: 82, mozjpeg: true }).toFile(output);
  console.log(`wrote ${path.relative(process.cwd(), output)}`);
}
