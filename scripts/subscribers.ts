// `npm run subscribers -- export [--status confirmed]` and `npm run subscribers -- stats`:
// the operator's view of the newsletter database (DATABASE_URL, else NEWSLETTER_DB,
// default data/newsletter.db).
// Run through tsx (see package.json); exit code 2 for a usage error.
import { existsSync } from "node:fs";
import { newsletterConfig } from "@/lib/newsletter/config";
import { subscribersCsv } from "@/lib/newsletter/csv";
import { openSubscriberStore } from "@/lib/newsletter/open-store";
import { subscriberStatuses, type SubscriberStatus } from "@/lib/newsletter/store";

const USAGE = `Usage:
  npm run subscribers -- export [--status pending|confirmed|unsubscribed]   CSV to stdout
  npm run subscribers -- stats                                               counts by status`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseStatus(args: string[]): SubscriberStatus | undefined {
  const at = args.indexOf("--status");
  const inline = args.find((arg) => arg.startsWith("--status="));
  const value = inline ? inline.slice("--status=".length) : at >= 0 ? args[at + 1] : undefined;
  if (at < 0 && !inline) return undefined;
  const status = subscriberStatuses.find((known) => known === value);
  if (!status) fail(`--status must be one of ${subscriberStatuses.join(", ")}.\n\n${USAGE}`);
  return status;
}

async function main(args: string[]) {
  const [command, ...rest] = args;
  if (command !== "export" && command !== "stats") fail(USAGE);
  const unknown = rest.filter(
    (arg, i) => !(arg === "--status" || arg.startsWith("--status=") || rest[i - 1] === "--status"),
  );
  if (command === "stats" ? rest.length > 0 : unknown.length > 0) {
    fail(`Unexpected argument: ${(command === "stats" ? rest : unknown).join(" ")}\n\n${USAGE}`);
  }

  const config = newsletterConfig();
  const { databaseFile } = config;
  // A PostgreSQL database (DATABASE_URL) is created by its operator; a SQLite file on first signup.
  if (!config.databaseUrl && !existsSync(databaseFile)) {
    fail(
      `No newsletter database at ${databaseFile} (set NEWSLETTER_DB). Nobody has signed up yet?`,
      1,
    );
  }
  const store = openSubscriberStore(config);
  try {
    if (command === "export") {
      process.stdout.write(subscribersCsv(await store.list({ status: parseStatus(rest) })));
    } else {
      const counts = await store.countByStatus();
      const total = subscriberStatuses.reduce((sum, status) => sum + counts[status], 0);
      const width = Math.max(...subscriberStatuses.map((status) => status.length), 5);
      for (const status of subscriberStatuses) {
        process.stdout.write(`${status.padEnd(width)}  ${counts[status]}\n`);
      }
      process.stdout.write(`${"total".padEnd(width)}  ${total}\n`);
    }
  } finally {
    await store.close();
  }
}

await main(process.argv.slice(2));
