// `npm run brief -- send [--date YYYY-MM-DD] [--dry-run]` and
// `npm run brief -- preview [--date YYYY-MM-DD]`: the Daily news brief
// (its rules: lib/newsletter/brief/run.ts). Run through tsx (see package.json).
// Exit codes: 0 sent or nothing to send, 1 some deliveries failed (or another
// problem), 2 usage error.
import { isEditionDate } from "@/lib/newsletter/brief/edition-date";
import { UsageError } from "@/lib/newsletter/brief/usage-error";
import { site } from "@/lib/site";

const USAGE = `Usage:
  npm run brief -- send [--date YYYY-MM-DD] [--dry-run]   send the edition to every confirmed subscriber
  npm run brief -- preview [--date YYYY-MM-DD]            write the edition's HTML to a file

Without --date: the latest edition whose send time (BRIEF_SEND_TIME, ${site.timeZone}) has passed.`;

function parseArguments(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== "send" && command !== "preview") throw new UsageError(USAGE);
  let date: string | undefined;
  let dryRun = false;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index] ?? "";
    if (argument === "--date" || argument.startsWith("--date=")) {
      const value = argument === "--date" ? rest[++index] : argument.slice("--date=".length);
      if (!value || !isEditionDate(value)) {
        throw new UsageError(`--date takes a calendar date as YYYY-MM-DD, found "${value ?? ""}".`);
      }
      date = value;
    } else if (argument === "--dry-run" && command === "send") {
      dryRun = true;
    } else {
      throw new UsageError(`Unexpected argument: ${argument}\n\n${USAGE}`);
    }
  }
  return { command, date, dryRun } as const;
}

try {
  const request = parseArguments(process.argv.slice(2));
  // Loaded after the arguments are checked: a usage error answers at once.
  const { runBrief } = await import("@/lib/newsletter/brief/run");
  process.exitCode = await runBrief(request);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
