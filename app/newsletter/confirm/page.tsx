import type { Metadata } from "next";
import { LinkAction } from "@/components/newsletter/LinkAction";
import { LinkNotValid } from "@/components/newsletter/LinkNotValid";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { emailLinkPage, newsletterHomeHref } from "@/lib/pages/newsletter";
import { confirmSubscription } from "../actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false, follow: false },
  // The token is in this page's URL: Referer headers carry only the origin.
  // ("no-referrer" would also blank the Origin of the button's POST.)
  referrer: "strict-origin",
};

/** The link in the confirmation email. Opening it changes nothing; the button confirms. */
export default async function ConfirmPage({ searchParams }: Props) {
  const link = await emailLinkPage((await searchParams).token, "confirm");
  if (!link.usable) return <LinkNotValid homeHref={newsletterHomeHref} />;
  return (
    <NewsletterNotice title="Confirm your subscription" homeHref={newsletterHomeHref}>
      <p>Press the button to start receiving the Daily news brief each morning.</p>
      <LinkAction action={confirmSubscription} token={link.token} label="Confirm subscription" />
    </NewsletterNotice>
  );
}
