import { z } from "zod";
import { sectionSlugs } from "../sections";

/** A slug: lowercase letters and digits in words joined by single hyphens (file names, tags, URLs). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Long enough for any headline-derived slug, short enough for a URL. */
export const MAX_SLUG_LENGTH = 120;

/** Whether a URL segment can be an article's slug at all (checked before any lookup). */
export function isValidSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

const isoDateTime = z.iso.datetime({
  offset: true,
  error: "expected an ISO 8601 date and time with an offset, like 2019-02-24T18:05:00+01:00",
});

const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, `expected ${what}`);

/** An author id: the name of a file in content/authors/ without `.md`. */
const authorId = text("an author id (the file name in content/authors/, like mara-lindqvist)");

const slugText = (example: string) =>
  z
    .string({ error: "expected text" })
    .regex(SLUG_PATTERN, `expected lowercase words joined by hyphens, like "${example}"`);

export const imageSchema = z.strictObject({
  src: z
    .string({ error: "expected a path such as /images/articles/photo.jpg" })
    .regex(
      /^\/(?!.*\.\.)[A-Za-z0-9/_.-]+\.(jpe?g|png|webp|avif)$/,
      "expected a path inside public/ starting with / and ending in .jpg, .jpeg, .png, .webp or .avif",
    ),
  alt: text("alt text describing the photo"),
  caption: text("a caption"),
  credit: text("a photo credit"),
});

const correctionSchema = z.strictObject({
  date: isoDateTime,
  text: text("the wording of the correction"),
});

/** An issue that names the content:check rule it belongs to. */
function ruleIssue(rule: string, path: string, message: string) {
  return { code: "custom" as const, path: [path], message, params: { rule } };
}

/**
 * The frontmatter of an article: the single source of truth for what an
 * editor may write. Unknown fields are errors, so a misspelt field name is
 * reported rather than silently ignored.
 */
export const frontmatterSchema = z
  .strictObject(
    {
      title: text("a headline").pipe(z.string().max(200, "expected at most 200 characters")),
      summary: text("a summary (the standfirst)"),
      section: z.enum(sectionSlugs, {
        error: `expected one of the sections: ${sectionSlugs.join(", ")}`,
      }),
      tags: z.array(slugText("border-crossings"), { error: "expected a list of tags" }).default([]),
      author: authorId.optional(),
      authors: z.array(authorId, { error: "expected a list of author ids" }).min(1).optional(),
      publishedAt: isoDateTime,
      updatedAt: isoDateTime.optional(),
      /** After this time the article is taken off the site. */
      expiresAt: isoDateTime.optional(),
      image: imageSchema,
      /** Dated corrections, shown at the end of the article. */
      corrections: z.array(correctionSchema, { error: "expected a list of corrections" }).default([]),
      /** Former slugs: their URLs redirect permanently to this article. */
      aliases: z.array(slugText("old-headline-slug"), { error: "expected a list of former slugs" }).default([]),
      draft: z.boolean({ error: "expected true or false" }).default(false),
      /** Taken down by the editors after publication: gone from every list, 410 at its address. */
      withdrawn: z.boolean({ error: "expected true or false" }).default(false),
      /** A live page: the body is followed by timestamped updates (`--- update` blocks). */
      live: z.boolean({ error: "expected true or false" }).default(false),
      /** When live coverage ended; the page then reads as a finished live page. */
      coverageEndedAt: isoDateTime.optional(),
    },
    { error: "expected frontmatter fields between --- lines at the top of the file" },
  )
  .superRefine(
    (value, context) => {
      if ((value.author === undefined) === (value.authors === undefined)) {
        context.addIssue(
          ruleIssue(
            "author-count",
            "author",
            "expected exactly one of author (an author id) or authors (a list of author ids)",
          ),
        );
      }
      if (value.coverageEndedAt !== undefined && value.live !== true) {
        context.addIssue(
          ruleIssue("live-field", "coverageEndedAt", "only a live page (live: true) has a coverage end"),
        );
      }
      const published = Date.parse(value.publishedAt);
      for (const field of ["updatedAt", "expiresAt", "coverageEndedAt"] as const) {
        const time = value[field];
        if (typeof time === "string" && Date.parse(time) < published) {
          context.addIssue(ruleIssue("date-order", field, "expected a time after publishedAt"));
        }
      }
    },
    // Run these cross-field checks even when single fields are wrong, so that
    // an editor sees every problem in one pass.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform(({ author, authors, ...rest }) => ({
    ...rest,
    authors: authors ?? (author === undefined ? [] : [author]),
  }));

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * The header of one update of a live page: the YAML between a `--- update`
 * line and the next `---` line, followed by the update's Markdown body.
 */
export const liveUpdateSchema = z.strictObject(
  {
    at: isoDateTime,
    headline: text("a headline")
      .pipe(z.string().max(200, "expected at most 200 characters"))
      .optional(),
    /** Listed among the key events at the top of the page. */
    key: z.boolean({ error: "expected true or false" }).default(false),
    /** Shown first, above the other updates (at most one per page). */
    pinned: z.boolean({ error: "expected true or false" }).default(false),
    image: imageSchema.optional(),
  },
  { error: "expected update fields (at, headline, key, pinned, image) between the --- lines" },
);

export type LiveUpdateHeader = z.infer<typeof liveUpdateSchema>;

/** One update of a live page, as the loader derives it. */
export type LiveUpdate = Omit<LiveUpdateHeader, "image"> & {
  /** Its address on the page: `#update-<id>`, from its time (unique within the page). */
  id: string;
  /** Sanitized HTML of the update's body. */
  html: string;
  image?: NonNullable<LiveUpdateHeader["image"]> & ImageDimensions;
};

/** The frontmatter of an author file, content/authors/<id>.md; the body is unused. */
export const authorSchema = z.strictObject(
  {
    name: text("the author's name"),
    role: text("a role, like Europe correspondent"),
    bio: text("a short biography"),
    photo: z
      .strictObject({
        src: imageSchema.shape.src,
        alt: text("alt text describing the photo"),
      })
      .optional(),
  },
  { error: "expected frontmatter fields between --- lines at the top of the file" },
);

export type AuthorFrontmatter = z.infer<typeof authorSchema>;

/** An author: the file's validated frontmatter and its id (the file name). */
export type Author = Omit<AuthorFrontmatter, "photo"> & {
  id: string;
  photo?: NonNullable<AuthorFrontmatter["photo"]> & ImageDimensions;
};

export type ImageDimensions = { width: number; height: number };

/**
 * An article's body. The archive's bodies are most of its size, and a page
 * needs one at a time: the loader checks each body's Markdown and keeps it
 * out of the JavaScript heap (lib/content/body-store.ts); a page renders its
 * own when it renders (and Next caches the page).
 */
export type ArticleBody = {
  /** Sanitized HTML, rendered from the Markdown at each call. */
  html(): string;
  /** The Markdown as written (the search index reads its text without rendering it). */
  markdown(): string;
  /** Changes when the Markdown does (lib/content/body-digest.ts). */
  readonly digest: string;
};

/**
 * A published article: its validated frontmatter plus what the loader derives.
 * `authors` are author ids; the loader checks that each has a file.
 */
export type Article = Omit<Frontmatter, "image"> & {
  slug: string;
  /** The body (of a live page: the text above its updates), read when a page needs it. */
  body: ArticleBody;
  image: Frontmatter["image"] & ImageDimensions;
  /** A live page's updates, oldest first as written; empty for other articles. */
  updates: LiveUpdate[];
};
