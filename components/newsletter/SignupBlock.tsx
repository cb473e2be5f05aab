import { SiteLink } from "@/components/site/SiteLink";
import type { SignupBlockModel } from "@/lib/pages/signup";
import { SignupForm } from "./SignupForm";

/**
 * The "Daily news brief" signup. The form is server-rendered HTML that posts
 * to the signup endpoint and works without JavaScript; a small script of ours
 * only adds the in-page answer.
 */
export function SignupBlock({ model }: { model: SignupBlockModel }) {
  return (
    <section className="signup" aria-labelledby="signup-heading">
      <h2 id="signup-heading">Daily news brief</h2>
      <p className="signup__pitch">Receive essential international news every morning</p>
      <SignupForm
        action={model.action}
        sourcePath={model.sourcePath}
        initialEmail={model.retry?.email}
        initialResult={model.retry?.result}
      >
        <p id="signup-consent" className="signup__consent">
          {model.consent}
        </p>
      </SignupForm>
      {/* The archive, not the latest edition: this block is in prerendered article pages. */}
      <p className="signup__recent">
        <SiteLink href={model.archiveHref}>See a recent brief</SiteLink>
      </p>
    </section>
  );
}
