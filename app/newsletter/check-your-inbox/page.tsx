import type { Metadata } from "next";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { signupMessages } from "@/lib/newsletter/wording";

export const metadata: Metadata = {
  title: "Check your inbox",
  robots: { index: false, follow: false },
};

/** Where a signup without JavaScript ends: the same words for every address. */
export default function CheckYourInboxPage() {
  return (
    <NewsletterNotice title="Check your inbox">
      <p role="status">{signupMessages.accepted}</p>
      <p>The link in the email works once and for seven days. Until you use it, nothing is sent.</p>
    </NewsletterNotice>
  );
}
