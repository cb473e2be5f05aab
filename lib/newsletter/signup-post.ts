import "server-only";
import { readFormBody } from "./body";
import { clientIp } from "../platform/client-address";
import { isSameOriginPost } from "./origin";
import type { RateLimiter } from "../http/rate-limit";
import { signUp, type Newsletter } from "./subscriptions";
import { normalizeSourcePath, validateEmail, type EmailProblem } from "./validate";
import { signupMessages } from "./wording";

/** Names of the signup form's fields (components/newsletter/SignupForm.tsx). */
export const signupFields = { email: "email", source: "source", honeypot: "website" } as const;

/** What the form's reader typed, kept so a page can show it again with the problem. */
export type SignupDraft = { email: string; source: string | null; problem: SignupProblem };
export type SignupProblem = EmailProblem | "rateLimited" | "mailFailed";

export type SignupReply =
  | { status: 200; outcome: "accepted"; message: string }
  | {
      status: 400 | 429 | 503;
      outcome: "problem";
      message: string;
      draft: SignupDraft;
      retryAfterSeconds?: number;
    }
  | { status: 403 | 413 | 415; outcome: "refused"; message: string };

export type SignupDeps = {
  newsletter: Newsletter;
  rateLimiter: RateLimiter;
  trustedProxies: number;
  siteOrigin: string;
};

/**
 * Everything a signup POST goes through, in order: same-origin check, body
 * type and size, rate limit per client, honeypot, address validation, then the
 * signup itself. HTTP framing (JSON or a redirect) is the route's business.
 */
export async function handleSignupPost(request: Request, deps: SignupDeps): Promise<SignupReply> {
  if (!isSameOriginPost(request.headers, deps.siteOrigin)) {
    return { status: 403, outcome: "refused", message: signupMessages.refusedOrigin };
  }
  const body = await readFormBody(request);
  if (!body.ok) {
    return body.reason === "too-large"
      ? { status: 413, outcome: "refused", message: signupMessages.tooLarge }
      : { status: 415, outcome: "refused", message: signupMessages.unsupportedType };
  }
  const { fields } = body;
  const typed = fields.get(signupFields.email) ?? "";
  const source = normalizeSourcePath(fields.get(signupFields.source));
  const keep = (problem: SignupProblem): SignupDraft => ({
    email: typed.slice(0, 320),
    source,
    problem,
  });

  // Every attempt counts, bots' included.
  const limit = deps.rateLimiter.hit(clientIp(request.headers, deps.trustedProxies));
  if (!limit.allowed) {
    return {
      status: 429,
      outcome: "problem",
      message: signupMessages.rateLimited,
      draft: keep("rateLimited"),
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  }

  // People never see the honeypot field; a bot that fills it is told it worked.
  if ((fields.get(signupFields.honeypot) ?? "") !== "") {
    return { status: 200, outcome: "accepted", message: signupMessages.accepted };
  }

  const checked = validateEmail(typed);
  if (!checked.ok) {
    return {
      status: 400,
      outcome: "problem",
      message: checked.message,
      draft: keep(checked.problem),
    };
  }
  const result = await signUp(deps.newsletter, { email: checked.email, sourcePath: source });
  if (result.kind === "mail-failed") {
    return {
      status: 503,
      outcome: "problem",
      message: signupMessages.mailFailed,
      draft: keep("mailFailed"),
    };
  }
  return { status: 200, outcome: "accepted", message: signupMessages.accepted };
}
