/**
 * What a reader agrees to when subscribing. The version is stored with every
 * consent, so changing the text means giving it a new version here.
 */
export const consentWording = {
  version: "2026-11-25",
  text: "One email each morning with the day's main stories. Every email has a link to unsubscribe, and we use your address for nothing else.",
} as const;

/** Answers the signup gives, whatever became of the address (see docs/architecture.md). */
export const signupMessages = {
  accepted:
    "Almost done: check your inbox. If this address can receive the Daily news brief, we have sent it a link to confirm your subscription.",
  rateLimited: "Too many attempts from your connection. Please wait a few minutes and try again.",
  mailFailed:
    "We could not send the confirmation email just now. Please try again in a few minutes.",
  refusedOrigin: "This form can only be sent from the Dateline website.",
  tooLarge: "The form sent was too large.",
  unsupportedType: "The form was not sent as a web form.",
} as const;
