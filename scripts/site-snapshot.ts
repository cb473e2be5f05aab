// `npx tsx scripts/site-snapshot.ts record <dir> [--base http://127.0.0.1:3000]`
// `npx tsx scripts/site-snapshot.ts compare <dir-a> <dir-b>`
//
// A restructuring must not change what readers, crawlers and feed readers get.
// `record` crawls a running production server (every internal link from the
// front page, the sitemaps and feeds, plus error and edge URLs) and writes each
// answer (status, the headers that matter, body) to a file, with what differs
// between two builds of the same code taken out: the build id, hashed asset
// names, bundler module ids, and times that are "now". `compare` lists the
// URLs whose answers differ and shows the first differing line of each.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { settings } from "../lib/config";

/** URLs no link leads to, which a restructuring must keep answering the same. */
const EXTRA_PATHS = [
  "/articles/no-such-story",
  "/articles/night-trains-return/",
  "/articles/Not_A_Slug",
  "/articles/%E0%A4%A",
  "/sections/nowhere",
  "/sections/europe/page/1",
  "/sections/europe/page/99",
  "/sections/europe/page/abc",
  "/tags/zzz-none",
  "/authors/nobody",
  "/no/such/page",
  "/x.php",
  "/search",
  "/search?q=rail",
  "/search?q=ferry%20solar",
  "/search?q=zzzqqq",
  "/search?q=%3Cscript%3E",
  "/newsletter/signup",
  "/newsletter/check-your-inbox",
  "/newsletter/confirmed",
  "/newsletter/unsubscribed",
  "/newsletter/link-not-valid",
  "/newsletter/confirm?token=nope",
  "/newsletter/unsubscribe?token=nope",
  "/newsletter/briefs",
  "/newsletter/briefs/2020-01-01",
  "/preview?secret=wrong&slug=x",
  "/robots.txt",
  "/sitemap.xml",
  "/news-sitemap.xml",
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/healthz",
];

const KEPT_HEADERS = [
  "content-type",
  "cache-control",
  "location",
  "x-robots-tag",
  "content-security-policy",
];

/**
 * The inline RSC payload (`self.__next_f.push` scripts) moved out of the HTML
 * and listed as sorted rows: React streams its rows in the order their data
 * resolves, which differs between renders of the same page.
 */
function separatePayload(text: string): string {
  const chunks: string[] = [];
  const html = text.replace(
    /<script>self\.__next_f\.push\(\[1,"([\s\S]*?)"\]\)<\/script>/g,
    (_, data: string) => {
      chunks.push(data);
      return "";
    },
  );
  if (chunks.length === 0) return text;
  // A row may be split across two scripts: join them before splitting into rows.
  const rows = chunks
    .join("")
    .split("\\n")
    .filter((row) => row !== "")
    // Row ids and references to them are numbered in that order too.
    .map((row) =>
      row.replace(/^[0-9a-f]+:/, "").replace(/\\"\$[A-Z@]?[0-9a-f]+\\"/g, '\\"$REF\\"'),
    );
  return `${html}\n\n--- RSC payload rows, sorted ---\n${rows.sort().join("\n")}`;
}

function normalize(text: string): string {
  return (
    separatePayload(text)
      // Hashed file names of Next's assets and its build id.
      .replace(/\/_next\/static\/[^"'\s)\\]+/g, "/_next/static/ASSET")
      .replace(/(\\?)"b\1":\1"[^"\\]+\1"/g, '"b":"BUILD"')
      .replace(/"buildId":"[^"]+"/g, '"buildId":"BUILD"')
      // Module ids and chunk lists in the RSC payload's client references.
      .replace(/[0-9a-f]+:I\[\d+,/g, "N:I[M,")
      .replace(/\\"\$L?\d+\\"/g, '\\"$REF\\"')
      // Times that are the moment of rendering.
      .replace(/<lastBuildDate>[^<]+<\/lastBuildDate>/g, "<lastBuildDate>NOW</lastBuildDate>")
      .replace(/(<feed[^>]*>[\s\S]*?<updated>)[^<]+(<\/updated>)/, "$1NOW$2")
  );
}

async function record(dir: string, base: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  const queue = ["/", ...EXTRA_PATHS];
  const origins = [new URL(base).origin];
  let count = 0;
  while (queue.length > 0) {
    const next = queue.shift() ?? "/";
    if (seen.has(next)) continue;
    seen.add(next);
    const response = await fetch(new URL(next, base), { redirect: "manual" });
    const body = await response.text();
    const headers = KEPT_HEADERS.map((name) => `${name}: ${response.headers.get(name) ?? ""}`);
    const file = path.join(dir, `${encodeURIComponent(next)}.txt`);
    writeFileSync(file, normalize([`${response.status} ${next}`, ...headers, "", body].join("\n")));
    count += 1;
    const type = response.headers.get("content-type") ?? "";
    if (/html|xml|json/.test(type)) {
      for (const link of linksIn(body, origins, base)) if (!seen.has(link)) queue.push(link);
    }
  }
  console.log(`Recorded ${count} answers in ${dir}`);
}

/** Same-site paths an answer links to (href, src and XML <loc>/<link>), Next's assets left out. */
function linksIn(body: string, origins: string[], base: string): Set<string> {
  const found = new Set<string>();
  const site = settings().SITE_URL;
  for (const match of body.matchAll(/(?:href|src)="([^"]+)"|<(?:loc|link|id)>([^<]+)</g)) {
    const raw = (match[1] ?? match[2] ?? "").replaceAll("&amp;", "&");
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if (![...origins, site].includes(url.origin)) continue;
    if (url.pathname.startsWith("/_next/") || /\.(png|jpe?g|svg|ico|webp|avif)$/.test(url.pathname))
      continue;
    found.add(url.pathname + url.search);
  }
  return found;
}

function compare(a: string, b: string): boolean {
  const filesA = new Set(readdirSync(a));
  const filesB = new Set(readdirSync(b));
  let differences = 0;
  for (const file of [...new Set([...filesA, ...filesB])].sort()) {
    const name = decodeURIComponent(file.replace(/\.txt$/, ""));
    if (!filesA.has(file) || !filesB.has(file)) {
      console.log(`only in ${filesA.has(file) ? a : b}: ${name}`);
      differences += 1;
      continue;
    }
    const linesA = readFileSync(path.join(a, file), "utf8").split("\n");
    const linesB = readFileSync(path.join(b, file), "utf8").split("\n");
    const at = linesA.findIndex((line, index) => line !== linesB[index]);
    if (at === -1 && linesA.length === linesB.length) continue;
    differences += 1;
    const line = at === -1 ? Math.min(linesA.length, linesB.length) : at;
    const excerpt = (text = ""): string => {
      const column = [...text].findIndex((char, index) => char !== (linesB[line] ?? "")[index]);
      return text.slice(Math.max(0, column - 80), column + 120);
    };
    console.log(
      `differs: ${name} (line ${line + 1})\n  - ${excerpt(linesA[line])}\n  + ${excerpt(linesB[line])}`,
    );
  }
  console.log(differences === 0 ? `Same: ${filesA.size} answers` : `${differences} answers differ`);
  return differences === 0;
}

const [command, first, second, ...rest] = process.argv.slice(2);
if (command === "record" && first) {
  const baseAt = [second, ...rest].indexOf("--base");
  const base =
    (baseAt === -1 ? undefined : [second, ...rest][baseAt + 1]) ?? "http://127.0.0.1:3000";
  await record(first, base);
} else if (command === "compare" && first && second) {
  process.exit(compare(first, second) ? 0 : 1);
} else {
  console.error("Usage: site-snapshot.ts record <dir> [--base URL] | compare <dir-a> <dir-b>");
  process.exit(2);
}
