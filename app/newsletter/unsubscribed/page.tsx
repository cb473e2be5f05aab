import type { Metadata } from "next";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { newsletterHomeHref } from "@/lib/pages/newsletter";

export const metadata: Metadata = {
  title: "Unsubscribed",
  robots: { index: false, follow: false },
};

export default function UnsubscribedPage() {
  return (
    <NewsletterNotice title="You are unsubscribed" homeHref={newsletterHomeHref}>
      <p role="status">
        We will not send the Daily news brief to this address again. You can subscribe again at the
        end of any article.
      </p>
    </NewsletterNotice>
  );
}
