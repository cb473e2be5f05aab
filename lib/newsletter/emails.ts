import { urlTo } from "../routes";
import { site } from "../site";
import type { OutgoingMail } from "./mail";

export type Links = { origin: string; unsubscribeToken: string };

/** Every email's unsubscribe link, also offered to mail programs (RFC 2369, RFC 8058). */
export function unsubscribeParts({ origin, unsubscribeToken }: Links) {
  const page = urlTo(origin, "unsubscribe", {}, { token: unsubscribeToken });
  const oneClick = urlTo(origin, "oneClickUnsubscribe", {}, { token: unsubscribeToken });
  return {
    page,
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

export function confirmationEmail(
  to: string,
  links: Links & { confirmToken: string; confirmDays: number },
): OutgoingMail {
  const confirm = urlTo(links.origin, "confirm", {}, { token: links.confirmToken });
  const unsubscribe = unsubscribeParts(links);
  return {
    to,
    subject: `Confirm your subscription to the ${site.name} Daily news brief`,
    text: [
      "Hello,",
      "",
      `Someone, hopefully you, asked to receive the ${site.name} Daily news brief at this address.`,
      "",
      'To confirm, open this link and press "Confirm subscription":',
      confirm,
      "",
      `The link works once and expires in ${links.confirmDays} days. If you did not ask for this,`,
      "ignore this email: you will not be subscribed and we will not write again.",
      "",
      `Unsubscribe: ${unsubscribe.page}`,
      "",
    ].join("\n"),
    headers: unsubscribe.headers,
  };
}

/** Sent instead of a confirmation when the address is already confirmed. */
export function alreadySubscribedEmail(to: string, links: Links): OutgoingMail {
  const unsubscribe = unsubscribeParts(links);
  return {
    to,
    subject: `You already receive the ${site.name} Daily news brief`,
    text: [
      "Hello,",
      "",
      `Someone asked to subscribe this address to the ${site.name} Daily news brief.`,
      "It is already subscribed, so nothing has changed.",
      "",
      "To stop receiving the Daily news brief, open this link:",
      unsubscribe.page,
      "",
    ].join("\n"),
    headers: unsubscribe.headers,
  };
}
