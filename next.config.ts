import type { NextConfig } from "next";
import { cacheHeaderRules } from "./lib/http/cache-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Regenerated pages stay in the server's memory and are never written back
    // into .next: the Markdown files are the source of truth, so a restarted
    // server renders from them again, and two servers sharing one build never
    // serve each other's regenerations.
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
  images: {
    // Serve modern formats; the originals in public/ stay as editors supplied them.
    formats: ["image/avif", "image/webp"],
  },
  // CDN-friendly Cache-Control (see lib/http/cache-headers.ts).
  async headers() {
    return cacheHeaderRules();
  },
};

export default nextConfig;
