/** A share target: a plain link that works without JavaScript or third-party scripts. */
export type ShareLink = { id: string; label: string; href: string };

/** Share links for an article's absolute URL: email, X, Facebook, LinkedIn, WhatsApp. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    {
      id: "email",
      label: "Email",
      // mailto: wants %20 for spaces, not "+".
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
    { id: "x", label: "X", href: `https://x.com/intent/post?${query({ text: title, url })}` },
    {
      id: "facebook",
      label: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
    },
    {
      id: "linkedin",
      label: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    },
    {
      id: "whatsapp",
      label: "WhatsApp",
      href: `https://wa.me/?${query({ text: `${title} ${url}` })}`,
    },
  ];
}
