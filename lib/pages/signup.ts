import { pathTo } from "../routes";
import { consentWording } from "../newsletter/wording";

/** A signup's result shown in the form (after a plain post, or by the form's script). */
export type SignupResult = { ok: boolean; message: string; fieldInvalid: boolean };

/** The "Daily news brief" signup block at the end of articles, on the front page and on its own page. */
export type SignupBlockModel = {
  action: string;
  archiveHref: string;
  /** Path of the page the block is on, recorded with the reader's consent. */
  sourcePath: string | null;
  consent: string;
  /** After a plain form post with a problem: the typed address and the problem. */
  retry?: { email: string; result: SignupResult };
};

export function signupBlock(
  sourcePath: string | null,
  retry?: SignupBlockModel["retry"],
): SignupBlockModel {
  return {
    action: pathTo("subscribe"),
    archiveHref: pathTo("briefs"),
    sourcePath,
    consent: consentWording.text,
    ...(retry ? { retry } : {}),
  };
}
