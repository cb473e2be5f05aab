import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { sections } from "../../sections";
import { PLACEHOLDERS } from "../pipeline/placeholders";


/** The current time in the site's time zone, with its offset: 2026-11-25T22:30:00+01:00. */
export function nowWithOffset(timeZone: string, now: Date = new Date()): string {
  return format(now, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(timeZone) });
}

/** A YAML string that stays one string whatever punctuation it holds. */
function yamlText(text: string): string {
  return JSON.stringify(text);
}

/**
 * A new article file: every field filled with a placeholder or explained in a
 * comment. A live page (`live`) also gets a first update to fill in.
 */
export function articleTemplate(options: {
  title: string;
  publishedAt: string;
  live?: boolean;
}): string {
  const sectionList = sections.map((section) => section.slug).join(", ");
  const title = yamlText(options.title);
  return `---
# Fields are explained in docs/editing.md. Run \`npm run content:check\` after editing.
title: ${title}
summary: ${yamlText(PLACEHOLDERS.summary)}
# One of: ${sectionList}
section: ${sections[0].slug}
# Lowercase words joined by hyphens, for example [elections, border-crossings]
tags: []
# The id of your file in content/authors/ (its name without .md, like mara-lindqvist).
# For several authors, write instead: authors: [first-id, second-id]
author: ${PLACEHOLDERS.author}
# Date, time and offset. The article appears on the site at this time.
publishedAt: ${options.publishedAt}
# updatedAt: ${options.publishedAt}
# expiresAt: 2099-01-01T00:00:00+01:00
image:
  # Put the photo in public/images/articles/ (at least 1,600 pixels wide).
  src: ${PLACEHOLDERS.imageSrc}
  alt: ${yamlText(PLACEHOLDERS.imageAlt)}
  caption: ${yamlText(PLACEHOLDERS.imageCaption)}
  credit: ${yamlText(PLACEHOLDERS.imageCredit)}
# corrections:
#   - date: ${options.publishedAt}
#     text: An earlier version of this article gave the wrong date for the vote.
# Former slugs of this article, if it was renamed: their addresses redirect here.
# aliases: [old-slug]
# Remove this line (or set it to false) when the article is ready to publish.
draft: true
${options.live ? liveFields : ""}---

${options.live ? liveBody(options.publishedAt) : articleBody}`;
}

const articleBody = `${PLACEHOLDERS.body}

## A subheading

More paragraphs.
`;

const liveFields = `# A live page: updates follow the introduction below (docs/editing.md, "Live pages").
live: true
# When coverage is over: coverageEndedAt: 2099-01-01T23:00:00+01:00
`;

function liveBody(publishedAt: string): string {
  return `${PLACEHOLDERS.liveIntro}

--- update
at: ${publishedAt}
headline: ${yamlText(PLACEHOLDERS.updateHeadline)}
key: true
---
${PLACEHOLDERS.updateBody}
`;
}
