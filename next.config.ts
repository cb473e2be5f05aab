import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // Serve modern formats; the originals in public/ stay as editors supplied them.
    formats: ["image/avif", "image/webp"],
  },
};

export default nextConfig;
