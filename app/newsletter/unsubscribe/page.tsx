import type { Metadata } from "next";
import { LinkAction } from "@/components/newsletter/LinkAction";
import { LinkNotValid } from "@/components/newsletter/LinkNotValid";
import { NewsletterNotice } from "@/components/newsletter/NewsletterNotice";
import { emailLinkPage, newsletterHomeHref } from "@/lib/pages/newsletter";
import { unsubscribe } from "../actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false, follow: false },
  // See confirm/page.tsx.
  referrer: "strict-origin",
};

/** The unsubscribe link in every email. Opening it changes nothing; the button unsubscribes. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const link = await emailLinkPage((await searchParams).token, "unsubscribe");
  if (!link.usable) return <LinkNotValid homeHref={newsletterHomeHref} />;
  return (
    <NewsletterNotice title="Unsubscribe from the Daily news brief" homeHref={newsletterHomeHref}>
      <p>Press the button and we will send this address no more emails.</p>
      <LinkAction action={unsubscribe} token={link.token} label="Unsubscribe" />
    </NewsletterNotice>
  );
}
