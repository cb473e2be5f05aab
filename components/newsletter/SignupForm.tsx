import type { ReactNode } from "react";
import { ISLAND_SCRIPTS } from "@/lib/islands";
import type { SignupResult } from "@/lib/pages/signup";

type Props = {
  /** The endpoint; the plain form's action, so the form works without JavaScript. */
  action: string;
  sourcePath: string | null;
  /** Shown again after a plain (no-JavaScript) post with a problem. */
  initialEmail?: string;
  initialResult?: SignupResult;
  /** The consent line. */
  children?: ReactNode;
};

const NETWORK_PROBLEM =
  "We could not reach Dateline. Check your connection and try again; nothing was stored.";

/**
 * The signup form: a plain form post. Our script (public/scripts/signup.js)
 * sends it in the background once it runs and shows the answer in the live
 * region below the field, without leaving the page.
 */
export function SignupForm({ action, sourcePath, initialEmail, initialResult, children }: Props) {
  const invalid = initialResult !== undefined && initialResult.fieldInvalid;
  const problem = initialResult !== undefined && !initialResult.ok;
  return (
    <form
      className="signup__form"
      method="post"
      action={action}
      data-signup=""
      data-network-problem={NETWORK_PROBLEM}
    >
      <input type="hidden" name="source" value={sourcePath ?? ""} />
      <label htmlFor="signup-email">Email address</label>
      <div className="signup__row">
        <input
          id="signup-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={initialEmail}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "signup-message signup-consent" : "signup-consent"}
        />
        <button type="submit">Subscribe</button>
      </div>
      {/* A trap for bots: hidden from people and from screen readers, never focused. */}
      <div className="signup__trap" aria-hidden="true">
        <label htmlFor="signup-website">Leave this field empty</label>
        <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p
        id="signup-message"
        className={`signup__message${problem ? " signup__message--problem" : ""}`}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        data-signup-message=""
      >
        {initialResult?.message}
      </p>
      {children}
      {/* A module script is deferred: it runs once the document is parsed. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={ISLAND_SCRIPTS.signup} />
    </form>
  );
}
