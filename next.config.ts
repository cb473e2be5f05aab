import type { NextConfig } from "next";
import { hstsEnabled, securityHeaders } from "./lib/security-headers";

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({
          development: process.env.NODE_ENV === "development",
          hsts: hstsEnabled(process.env),
        }),
      },
    ];
  },
  images: {
    // Serve modern formats; the originals in public/ stay as editors supplied them.
    formats: ["image/avif", "image/webp"],
  },
};

export default nextConfig;
