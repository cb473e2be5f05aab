import { NewsletterNotice } from "./NewsletterNotice";

/**
 * One page for every link that does not work: forged, expired or already
 * used. It says nothing about the address or the reason.
 */
export function LinkNotValid({ homeHref }: { homeHref: string }) {
  return (
    <NewsletterNotice title="This link does not work" homeHref={homeHref}>
      <p>
        The link may have expired or been used already. Nothing has changed. If you want the Daily
        news brief, sign up again at the end of any article; to stop it, use the unsubscribe link in
        the latest email you received.
      </p>
    </NewsletterNotice>
  );
}
