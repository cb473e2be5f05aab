// Apart from template.ts so that the loader's house-style checks do not load
// date-fns (which template.ts needs to date a new file): importing date-fns
// was a third of content:check's start-up.
/** Texts `npm run new` writes for the editor to replace; content:check warns while they remain. */
export const PLACEHOLDERS = {
  summary:
    "Replace this with the standfirst: one or two sentences, 50 to 300 characters, saying what happened.",
  author: "replace-with-your-author-id",
  imageSrc: "/images/articles/placeholder.jpg",
  imageAlt: "Replace this with a description of what the photo shows.",
  imageCaption: "Replace this with who and what the photo shows, where and when.",
  imageCredit: "Replace this with the photographer / agency",
  body: "Replace this with the lead paragraph: who, what, where and when.",
  liveIntro: "Replace this with a line or two on what this live page follows.",
  updateHeadline: "Replace this with the update's headline",
  updateBody: "Replace this with the first update: what happened, where and when.",
} as const;
