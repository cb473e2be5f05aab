import { z } from "zod";
import { pathTo } from "../routes";
import type { SignupDraft, SignupProblem } from "./signup-post";
import { emailProblems } from "./validate";
import { signupMessages } from "./wording";

/**
 * Without JavaScript, a signup with a problem is redirected to
 * /newsletter/signup, which shows the problem and the typed address again. The
 * address travels in this short-lived cookie, not in the URL, so it never
 * lands in access logs, browser history or Referer headers.
 */
export const draftCookie = {
  name: "newsletter_draft",
  path: pathTo("signup"),
  maxAgeSeconds: 300,
} as const;

const draftSchema = z.object({
  email: z.string().max(320),
  source: z.string().max(300).nullable(),
  problem: z.custom<SignupProblem>(
    (value) =>
      value === "rateLimited" ||
      value === "mailFailed" ||
      (typeof value === "string" && Object.hasOwn(emailProblems, value)),
  ),
});

export function encodeDraft(draft: SignupDraft): string {
  return Buffer.from(JSON.stringify(draft), "utf8").toString("base64url");
}

export function decodeDraft(value: string | undefined): SignupDraft | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    const parsed = draftSchema.safeParse(
      JSON.parse(Buffer.from(value, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function problemMessage(problem: SignupDraft["problem"]): string {
  if (problem === "rateLimited") return signupMessages.rateLimited;
  if (problem === "mailFailed") return signupMessages.mailFailed;
  return emailProblems[problem];
}
