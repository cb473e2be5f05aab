import { SiteLink } from "@/components/site/SiteLink";
import { consentWording } from "@/lib/newsletter/wording";
import { SignupForm, type SignupResult } from "./SignupForm.client";

type Props = {
  /** Path of the page the block is on, recorded with the reader's consent. */
  sourcePath: string | null;
  /** After a plain form post with a problem: the typed address and the problem. */
  retry?: { email: string; result: SignupResult };
};

/**
 * The "Daily news brief" signup. The form is server-rendered HTML that posts
 * to /newsletter/subscribe and works without JavaScript; its small client
 * part only adds the in-page answer.
 */
export function SignupBlock({ sourcePath, retry }: Props) {
  return (
    <section className="signup" aria-labelledby="signup-heading">
      <h2 id="signup-heading">Daily news brief</h2>
      <p className="signup__pitch">Receive essential international news every morning</p>
      <SignupForm
        action="/newsletter/subscribe"
        sourcePath={sourcePath}
        initialEmail={retry?.email}
        initialResult={retry?.result}
      >
        <p id="signup-consent" className="signup__consent">
          {consentWording.text}
        </p>
      </SignupForm>
      {/* The archive, not the latest edition: this block is in prerendered article pages. */}
      <p className="signup__recent">
        <SiteLink href="/newsletter/briefs">See a recent brief</SiteLink>
      </p>
    </section>
  );
}
