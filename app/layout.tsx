import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { layoutMetadata, layoutModel, layoutViewport } from "@/lib/pages/layout";
import "./globals.css";

export const metadata = layoutMetadata;
export const viewport = layoutViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  const layout = layoutModel();
  return (
    <html lang={layout.language}>
      <body>
        <SkipLink />
        <SiteHeader
          siteName={layout.siteName}
          tagline={layout.tagline}
          homeHref={layout.homeHref}
          searchAction={layout.searchAction}
          sections={layout.sections}
        />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={layout.siteName} year={layout.year} homeHref={layout.homeHref} />
      </body>
    </html>
  );
}
