import { z } from "zod";

/**
 * One story of an edition, with every URL absolute (emails are read away
 * from the site). Stored as JSON with the edition, so the web archive shows
 * exactly what was sent even after an article is edited or taken down.
 */
export const briefStorySchema = z.object({
  slug: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  section: z.string(),
  sectionName: z.string(),
  url: z.url(),
  publishedAt: z.iso.datetime({ offset: true }),
  image: z.object({
    url: z.url(),
    alt: z.string(),
    credit: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  /** A live page: whether it was running at send time, and its latest key events then. */
  live: z
    .object({
      running: z.boolean(),
      keyEvents: z.array(
        z.object({ headline: z.string(), at: z.iso.datetime({ offset: true }), url: z.url() }),
      ),
    })
    .optional(),
});

export const editionSchema = z.object({
  /** The edition's date (YYYY-MM-DD) in the site's time zone: its key. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The window of publication times it covers: after `windowStart`, up to `windowEnd` (its send time). */
  windowStart: z.iso.datetime({ offset: true }),
  windowEnd: z.iso.datetime({ offset: true }),
  /** The lead story first, then the others by section. Never empty. */
  stories: z.array(briefStorySchema).min(1),
});

export type BriefStory = z.infer<typeof briefStorySchema>;
export type Edition = z.infer<typeof editionSchema>;

/** Parses an edition stored as JSON; throws naming the edition if it is not one. */
export function parseEdition(json: string, date: string): Edition {
  const result = editionSchema.safeParse(JSON.parse(json));
  if (!result.success) {
    throw new Error(`The stored edition of ${date} is not valid: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}
