import path from "node:path";
import { z } from "zod";

/**
 * Every environment variable Dateline reads, in one place: its name, who reads
 * it, its default and what it means. Nothing else in the project reads
 * `process.env` for these; a test checks that README.md and docs/deploy.md
 * list exactly these variables.
 */

/** Who reads a variable: the build, the running server, the brief's command, or only the tests and tools. */
export type VariableUse = "build" | "run" | "build and run" | "brief" | "tests";

/** What the docs say of a variable. */
export type VariableDoc = {
  use: VariableUse;
  /** The default as the docs show it. */
  shownDefault: string;
  meaning: string;
};

const documented = z.registry<VariableDoc, z.ZodType>();

/** A variable's schema (raw text in, undefined or "" when unset; typed value out, default applied) with its docs. */
function documentedAs<S extends z.ZodType>(doc: VariableDoc, schema: S): S {
  documented.add(schema, doc);
  return schema;
}

/** Unset and empty are the same: `VAR= command` turns a variable off. */
const isSet = (value: string | undefined): value is string => value !== undefined && value !== "";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Text, with `fallback` when unset or empty. */
const text = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => (isSet(value) ? value : fallback));

const optionalText = () =>
  z
    .string()
    .optional()
    .transform((value) => (isSet(value) ? value : undefined));

/** A whole number (digits only), `fallback` when unset; `min` 1 for counts that must be positive. */
const wholeNumber = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (!isSet(value)) return fallback;
      const pattern = min >= 1 ? /^[1-9]\d*$/ : /^\d+$/;
      if (!pattern.test(value)) {
        context.addIssue({
          code: "custom",
          message: `must be a whole number${min >= 1 ? " above 0" : ""}; it is "${value}"`,
        });
        return z.NEVER;
      }
      return Number(value);
    });

/** A path, made absolute against the working directory. */
const folderOrFile = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => path.resolve(/*turbopackIgnore: true*/ isSet(value) ? value : fallback));

/** The canonical origin: an absolute http(s) URL, anything after the host dropped. */
export function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://example.com, found "${value}"`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must start with http:// or https://, found "${value}"`);
  }
  return url.origin;
}

export const DEFAULT_SITE_URL = "http://localhost:3000";

const origin = z
  .string()
  .optional()
  .transform((value, context) => {
    try {
      return parseOrigin(isSet(value) ? value : DEFAULT_SITE_URL);
    } catch (error) {
      context.addIssue({ code: "custom", message: messageOf(error) });
      return z.NEVER;
    }
  });

/** A local time as HH:MM on the 24-hour clock. */
export type SendTime = { hour: number; minute: number };

export function parseSendTime(value: string): SendTime {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) {
    throw new Error(
      `BRIEF_SEND_TIME must be a local time as HH:MM (24-hour clock), like 07:00; it is "${value}".`,
    );
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

const sendTime = z
  .string()
  .optional()
  .transform((value, context) => {
    try {
      return parseSendTime(isSet(value) ? value : "07:00");
    } catch (error) {
      context.addIssue({ code: "custom", message: messageOf(error) });
      return z.NEVER;
    }
  });

const onOff = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value) => (isSet(value) ? value !== "off" : fallback));

export const environmentSchema = z.object({
  SITE_URL: documentedAs(
    {
      use: "build and run",
      shownDefault: "`http://localhost:3000`",
      meaning:
        "the public origin (`https://host[:port]`; a path is dropped): canonical links, sitemaps, feeds, structured data and the links in emails",
    },
    origin,
  ),
  PORT: documentedAs(
    {
      use: "run",
      shownDefault: "`3000`",
      meaning: "port of `npm start` and of `.next/standalone/dateline-server.cjs`",
    },
    wholeNumber(3000, 1),
  ),
  HOSTNAME: documentedAs(
    {
      use: "run",
      shownDefault: "`0.0.0.0`",
      meaning:
        "address `.next/standalone/dateline-server.cjs` listens on (`npm start` always uses every interface)",
    },
    text("0.0.0.0"),
  ),
  CONTENT_DIR: documentedAs(
    {
      use: "build and run",
      shownDefault: "`content`",
      meaning:
        "folder holding `articles/` and `authors/`; a running server picks up changes there within a minute",
    },
    folderOrFile("content"),
  ),
  PREVIEW_SECRET: documentedAs(
    {
      use: "run",
      shownDefault: "(unset: previews off)",
      meaning: "secret of the editors' draft preview links (`/preview?secret=...&slug=...`)",
    },
    optionalText(),
  ),
  HSTS: documentedAs(
    {
      use: "build",
      shownDefault: "on in production builds",
      meaning: "`off` leaves out `Strict-Transport-Security` (for a site served over plain HTTP)",
    },
    onOff(true),
  ),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: documentedAs(
    {
      use: "build and run",
      shownDefault: "(random per build)",
      meaning:
        "read by Next.js: the same base64 AES key on every instance, so a confirm or unsubscribe page rendered by one can be posted to another",
    },
    optionalText(),
  ),
  DATABASE_URL: documentedAs(
    {
      use: "run",
      shownDefault: "(unset: SQLite)",
      meaning:
        "PostgreSQL connection string; subscribers, the brief's editions and the search index live there (tables created on first use) and `NEWSLETTER_DB` and `SEARCH_DB` are ignored; needed for several instances",
    },
    optionalText(),
  ),
  NEWSLETTER_DB: documentedAs(
    {
      use: "run",
      shownDefault: "`data/newsletter.db`",
      meaning:
        "the subscribers' SQLite database (created on first use) when `DATABASE_URL` is unset",
    },
    folderOrFile(path.join("data", "newsletter.db")),
  ),
  SEARCH_DB: documentedAs(
    {
      use: "run",
      shownDefault: "`data/search.db`",
      meaning:
        "the search index's SQLite database (made from the content files, filled on the first search, safe to delete) when `DATABASE_URL` is unset",
    },
    folderOrFile(path.join("data", "search.db")),
  ),
  SMTP_URL: documentedAs(
    {
      use: "run",
      shownDefault: "(unset: outbox files)",
      meaning:
        "mail server for every email, e.g. `smtps://user:pass@smtp.example.com:465`; without it emails are written to the outbox folder",
    },
    optionalText(),
  ),
  NEWSLETTER_OUTBOX: documentedAs(
    {
      use: "run",
      shownDefault: "`data/outbox`",
      meaning: "where emails go as `.eml` files when `SMTP_URL` is unset",
    },
    folderOrFile(path.join("data", "outbox")),
  ),
  MAIL_FROM: documentedAs(
    {
      use: "run",
      shownDefault: '`"Dateline" <newsletter@` + SITE_URL\'s host + `>`',
      meaning: "sender of every email",
    },
    optionalText(),
  ),
  TRUSTED_PROXY: documentedAs(
    {
      use: "run",
      shownDefault: "`0`",
      meaning:
        "number of reverse proxies in front that append the client's address to `X-Forwarded-For`; `0` uses the connection's own address and ignores the header",
    },
    wholeNumber(0),
  ),
  NEWSLETTER_RATE_LIMIT: documentedAs(
    {
      use: "run",
      shownDefault: "`5`",
      meaning: "signup attempts allowed per client address and window, per instance",
    },
    wholeNumber(5),
  ),
  NEWSLETTER_RATE_WINDOW_SECONDS: documentedAs(
    { use: "run", shownDefault: "`600`", meaning: "length of that window" },
    wholeNumber(600),
  ),
  NEWSLETTER_MAX_EMAILS_PER_ADDRESS: documentedAs(
    {
      use: "run",
      shownDefault: "`3`",
      meaning: "emails one address can be sent per 24 hours, however many signups name it",
    },
    wholeNumber(3),
  ),
  BRIEF_SEND_TIME: documentedAs(
    {
      use: "brief",
      shownDefault: "`07:00`",
      meaning:
        "local time (site time zone) the Daily news brief goes out; an edition holds the stories published since the previous day's send time",
    },
    sendTime,
  ),
  BRIEF_MAX_STORIES: documentedAs(
    { use: "brief", shownDefault: "`8`", meaning: "stories in one edition at most" },
    wholeNumber(8, 1),
  ),
  PRERENDER_ARTICLES: documentedAs(
    {
      use: "build",
      shownDefault: "`200`",
      meaning:
        'how many of the newest articles the build prerenders; older ones render on their first request, then are cached the same way (docs/performance.md, "What the build prerenders")',
    },
    wholeNumber(200),
  ),
  NEXT_DIST_DIR: documentedAs(
    {
      use: "build and run",
      shownDefault: "`.next`",
      meaning: "build output folder (the benchmark builds elsewhere)",
    },
    text(".next"),
  ),
  DATELINE_BUILD_WORKER_HEAP_MB: documentedAs(
    {
      use: "build",
      shownDefault: "`768`",
      meaning:
        'heap limit (MB) of each page-generation worker thread; a worker over it fails the build (docs/performance.md, "Build memory")',
    },
    wholeNumber(768, 1),
  ),
  MIMALLOC_PURGE_DELAY: documentedAs(
    {
      use: "build",
      shownDefault: "`0` (set by the project's build scripts)",
      meaning:
        'how long Turbopack\'s allocator keeps freed memory, in ms; `0` returns it at once (docs/performance.md, "Build memory")',
    },
    optionalText(),
  ),
  BENCH_BUILD_CPUS: documentedAs(
    {
      use: "build",
      shownDefault: "1",
      meaning: "page-generation workers of a build (the benchmark compares counts)",
    },
    wholeNumber(0),
  ),
  CHROMIUM_PATH: documentedAs(
    { use: "tests", shownDefault: "`/usr/bin/chromium`", meaning: "browser for the browser tests" },
    optionalText(),
  ),
  CHROME_PATH: documentedAs(
    {
      use: "tests",
      shownDefault: "`/usr/bin/chromium`",
      meaning: "browser for Lighthouse (falls back to `CHROMIUM_PATH`)",
    },
    optionalText(),
  ),
  LIGHTHOUSE_PORT: documentedAs(
    {
      use: "tests",
      shownDefault: "`3550`",
      meaning: "port of the server `npm run lighthouse` starts",
    },
    wholeNumber(3550, 1),
  ),
  E2E_PORT: documentedAs(
    {
      use: "tests",
      shownDefault: "`3100`",
      meaning: "port of the browser tests' server (the next one serves their scratch content copy)",
    },
    wholeNumber(3100, 1),
  ),
  TEST_DATABASE_URL: documentedAs(
    {
      use: "tests",
      shownDefault: "(unset)",
      meaning:
        "a PostgreSQL server where the store tests may create databases; without it they start a throwaway one",
    },
    optionalText(),
  ),
  PG_BIN: documentedAs(
    {
      use: "tests",
      shownDefault: "`/usr/lib/postgresql/<newest>/bin`",
      meaning: "where `initdb` and `postgres` are, for that throwaway server",
    },
    optionalText(),
  ),
  CLUSTER_PORT: documentedAs(
    {
      use: "tests",
      shownDefault: "`3480`",
      meaning: "nginx's port in `npm run test:cluster`; the instances use the next two",
    },
    wholeNumber(3480, 1),
  ),
});

export type VariableName = keyof typeof environmentSchema.shape;

export type Settings = z.output<typeof environmentSchema> & {
  /** `next build` is running (Next.js sets NEXT_PHASE). */
  isBuild: boolean;
  /** `next dev` (Next.js sets NODE_ENV). */
  isDevelopment: boolean;
  /** A production build or server (NODE_ENV=production). */
  isProduction: boolean;
};

export type Env = Readonly<Record<string, string | undefined>>;

/** Every problem with the environment at once, each naming its variable. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "SettingsError";
  }
}

/** The configuration of `env`; throws a SettingsError listing every invalid variable. */
export function readSettings(env: Env): Settings {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        // Messages that already name the variable are kept as they are.
        return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
      }),
    );
  }
  return {
    ...parsed.data,
    isBuild: env.NEXT_PHASE === "phase-production-build",
    isDevelopment: env.NODE_ENV === "development",
    isProduction: env.NODE_ENV === "production",
  };
}

/** Every variable with its docs, in the order above (README.md and docs/deploy.md list them). */
export function documentedVariables(): (VariableDoc & { name: VariableName })[] {
  return Object.entries(environmentSchema.shape).map(([name, schema]) => {
    const doc = documented.get(schema);
    if (!doc || !isVariableName(name))
      throw new Error(`${name} has no documentation in lib/config.ts`);
    return { name, ...doc };
  });
}

function isVariableName(name: string): name is VariableName {
  return Object.hasOwn(environmentSchema.shape, name);
}

let current: Settings | undefined;

/** This process's configuration, read from process.env once. */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}

/** The sender of emails when MAIL_FROM is unset: the site's name at SITE_URL's host. */
export function mailFrom(from: Pick<Settings, "MAIL_FROM" | "SITE_URL">, siteName: string): string {
  return from.MAIL_FROM ?? `"${siteName}" <newsletter@${new URL(from.SITE_URL).hostname}>`;
}
