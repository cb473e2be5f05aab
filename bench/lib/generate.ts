import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sections } from "../../lib/sections";
import { seededRandom } from "./random";

/** Images that exist in public/images/articles/, so every synthetic article is valid. */
const IMAGES = [
  "lake-amara-clinic.jpg",
  "monsoon-alerts.jpg",
  "night-train.jpg",
  "tessaly-reef.jpg",
  "variable-stars.jpg",
  "varnholm-ferry.jpg",
  "venezuela-border-guard.jpg",
];
const WORDS = (
  "the council said on monday that ferry services would continue through winter while engineers " +
  "inspected the harbour walls residents who depend on the crossing welcomed the decision but " +
  "warned that timetables remained fragile officials promised a review of funding before spring " +
  "farmers traders and students described long queues at the terminal as the storm season began " +
  "a spokesperson for the regional transport authority declined to give a date for the new vessels " +
  "independent analysts estimated that repairs would cost several million over the next decade"
).split(" ");
const TAGS = ["transport", "climate", "health", "elections", "trade", "science", "coast", "energy"];
/** Author ids and names; generateArchive writes a file for each, as articles name authors by id. */
const AUTHORS = [
  ["mara-lindqvist", "Mara Lindqvist"],
  ["tomas-okafor", "Tomas Okafor"],
  ["ana-ribeiro", "Ana Ribeiro"],
  ["kenji-watanabe", "Kenji Watanabe"],
  ["dateline-newsroom", "Dateline newsroom"],
] as const;

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Time between two synthetic articles' publication. */
export const ARTICLE_INTERVAL_MS = 20 * 60_000;

export function slugOf(index: number): string {
  return `synthetic-story-${String(index).padStart(5, "0")}`;
}

/** One article of about 600-900 words with full frontmatter. */
export function syntheticArticle(index: number): string {
  const next = seededRandom(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const section = pick(sections).slug;
  // One every 20 minutes from 2024: 50,000 articles end in late 2025, so none is scheduled.
  const published = new Date(Date.UTC(2024, 0, 1) + index * ARTICLE_INTERVAL_MS);
  const target = 600 + Math.floor(next() * 300);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    if (paragraphs.length > 0 && paragraphs.length % 5 === 0) {
      paragraphs.push(`## ${sentence(next, 4).slice(0, -1)}`);
    }
    const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
      sentence(next, 10 + Math.floor(next() * 10)),
    );
    paragraphs.push(sentences.join(" "));
    words += sentences.join(" ").split(" ").length;
  }
  return [
    "---",
    `title: Synthetic story ${index} about ferries, storms and council budgets`,
    "summary: A generated article for the benchmark, long enough to look like a real news story.",
    `section: ${section}`,
    `tags: [${pick(TAGS)}, ${pick(TAGS)}-${index % 7}]`,
    `author: ${pick(AUTHORS)[0]}`,
    `publishedAt: ${published.toISOString().replace(".000Z", "+00:00")}`,
    "image:",
    `  src: /images/articles/${pick(IMAGES)}`,
    "  alt: A generated illustration standing in for a news photo, showing a harbour at dusk.",
    "  caption: An illustration used by the benchmark for every synthetic article.",
    "  credit: Illustration by Dateline Graphics",
    "---",
    "",
    paragraphs.join("\n\n"),
    "",
  ].join("\n");
}

/** The author file of a synthetic author id. */
export function syntheticAuthor(name: string): string {
  return [
    "---",
    `name: ${name}`,
    "role: Benchmark correspondent",
    `bio: ${name} is a synthetic author the benchmark generates with its articles.`,
    "---",
    "",
  ].join("\n");
}

/**
 * Writes `count` articles into `<dir>/articles/` and their authors into
 * `<dir>/authors/` (a temporary folder, never content/).
 */
export function generateArchive(dir: string, count: number): string[] {
  const articlesDir = path.join(dir, "articles");
  const authorsDir = path.join(dir, "authors");
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(authorsDir, { recursive: true });
  for (const [id, name] of AUTHORS)
    writeFileSync(path.join(authorsDir, `${id}.md`), syntheticAuthor(name));
  const slugs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const slug = slugOf(index);
    writeFileSync(path.join(articlesDir, `${slug}.md`), syntheticArticle(index));
    slugs.push(slug);
  }
  return slugs;
}
