import { SiteLink } from "@/components/site/SiteLink";
import { notFoundPage } from "@/lib/pages/not-found";

export const metadata = notFoundPage.metadata;

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>The content you requested does not exist or is no longer available.</p>
      <p>
        <SiteLink href={notFoundPage.homeHref}>Go to the Dateline front page</SiteLink>
      </p>
    </div>
  );
}
