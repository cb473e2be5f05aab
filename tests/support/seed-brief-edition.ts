// Stores a sent edition of the Daily news brief through the store API, for the
// browser tests (run with tsx --conditions=react-server, like the CLIs):
//   tsx --conditions=react-server tests/support/seed-brief-edition.ts <db> <origin> <date>
// It is composed from the sample content and sent to nobody.
import { composeEdition } from "@/lib/newsletter/brief/compose";
import { contentPaths } from "@/lib/content/pipeline/analyze";
import { loadArticles } from "./load-content";
import { sendInstant } from "@/lib/newsletter/brief/edition-date";
import { openSqliteStore } from "@/lib/newsletter/sqlite";

const [db, origin, date] = process.argv.slice(2);
if (!db || !origin || !date) throw new Error("usage: seed-brief-edition.ts <db> <origin> <date>");
const sendTime = { hour: 7, minute: 0 };
const at = sendInstant(date, sendTime, "Europe/Paris");
const edition = composeEdition(await loadArticles(contentPaths()), {
  date,
  sendTime,
  timeZone: "Europe/Paris",
  maxStories: 8,
  origin,
  now: at,
});
if (!edition) throw new Error(`The sample content has no stories for the edition of ${date}`);
const store = openSqliteStore(db);
const owner = `seed-${process.pid}`;
const claim = await store.claimEdition({
  date,
  content: JSON.stringify(edition),
  owner,
  at: at.toISOString(),
  leaseUntil: new Date(at.getTime() + 60_000).toISOString(),
});
if (claim.kind === "claimed") await store.finishEdition(date, owner, "sent", at.toISOString());
await store.close();
console.log(JSON.stringify(edition));
