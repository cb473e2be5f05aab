import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { signupDraftCookieName, signupPage } from "@/lib/pages/newsletter";

export const metadata: Metadata = {
  title: "Subscribe to the Daily news brief",
  robots: { index: false, follow: false },
};

/**
 * The signup form on its own page. A signup without JavaScript that had a
 * problem comes back here: the problem is shown next to the field, which
 * keeps what the reader typed (carried in a short-lived cookie).
 */
export default async function SignupPage() {
  const signup = signupPage((await cookies()).get(signupDraftCookieName)?.value);
  return (
    <div className="newsletter-notice">
      <h1>Subscribe to the Daily news brief</h1>
      <SignupBlock model={signup} />
    </div>
  );
}
