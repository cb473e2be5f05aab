import type { Metadata } from "next";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { newsletterHomeHref } from "@/lib/pages/newsletter";

export const metadata: Metadata = {
  title: "Subscription confirmed",
  robots: { index: false, follow: false },
};

export default function ConfirmedPage() {
  return (
    <NewsletterNotice title="You are subscribed" homeHref={newsletterHomeHref}>
      <p role="status">
        Thank you. The Daily news brief will arrive each morning. Every email has a link to
        unsubscribe.
      </p>
    </NewsletterNotice>
  );
}
