// The minimal App Router app the bench compares `npm start` with (issue #15):
// one dynamic route that renders a Markdown article, nothing else. Built and
// served by bench/lib/baseline.ts with the project's own next, react, gray-matter
// and remark, so both sides run the same framework in the same run.
import path from "node:path";

const nextConfig = {
  distDir: process.env.BASELINE_DIST_DIR ?? ".next",
  // The project's node_modules are one folder up from bench/.
  turbopack: { root: path.resolve(import.meta.dirname, "..", "..") },
};

export default nextConfig;
