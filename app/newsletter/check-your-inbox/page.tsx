import type { Metadata } from "next";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { checkYourInboxMessage, newsletterHomeHref } from "@/lib/pages/newsletter";

export const metadata: Metadata = {
  title: "Check your inbox",
  robots: { index: false, follow: false },
};

/** Where a signup without JavaScript ends: the same words for every address. */
export default function CheckYourInboxPage() {
  return (
    <NewsletterNotice title="Check your inbox" homeHref={newsletterHomeHref}>
      <p role="status">{checkYourInboxMessage}</p>
      <p>The link in the email works once and for seven days. Until you use it, nothing is sent.</p>
    </NewsletterNotice>
  );
}
