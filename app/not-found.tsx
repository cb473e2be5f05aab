import type { Metadata } from "next";
import { SiteLink } from "@/components/site/SiteLink";
import { notFoundMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>The content you requested does not exist or is no longer available.</p>
      <p>
        <SiteLink href="/">Go to the Dateline front page</SiteLink>
      </p>
    </div>
  );
}
