import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { sections } from "@/lib/sections";
import { rootMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = rootMetadata(site);

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body>
        <SkipLink />
        <SiteHeader siteName={site.name} tagline={site.tagline} sections={sections} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.name} year={new Date().getFullYear()} />
      </body>
    </html>
  );
}
