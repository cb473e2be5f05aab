import { SiteLink } from "@/components/site/SiteLink";
import type { ReactNode } from "react";

type Props = { title: string; homeHref: string; children: ReactNode };

/** A short newsletter page: a heading, a few sentences and the way back to the news. */
export function NewsletterNotice({ title, homeHref, children }: Props) {
  return (
    <div className="newsletter-notice">
      <h1>{title}</h1>
      {children}
      <p>
        <SiteLink href={homeHref}>Go to the Dateline front page</SiteLink>
      </p>
    </div>
  );
}
