import { createHash } from "node:crypto";
import { bodyText } from "../article";
import type { Article } from "../content/schema";
import { markdownText } from "./markdown-text";
import { searchWords } from "./words";

/**
 * What the full-text index holds of one article: each field as its search
 * words (lib/search/words.ts) joined by spaces, so the database's tokenizer
 * and ours always agree on where words are.
 */
export type SearchDocument = {
  slug: string;
  /** Changes when anything below does (see documentFingerprint). */
  fingerprint: string;
  publishedAt: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
};

/** Bump when SearchDocument's fields are made differently: every article is indexed again. */
const DOCUMENT_FORMAT = 2;

/**
 * A fingerprint of what an article's search document is made from, without
 * rendering its body (the digest of its Markdown stands for it): the index compares
 * fingerprints to find what changed.
 */
export function documentFingerprint(article: Article): string {
  // Each sync fingerprints every visible article (a sixth of a second at
  // 50,000, all in one turn of the event loop); an article object is never
  // changed in place (an edited file makes a new one), so each is done once.
  const known = fingerprints.get(article);
  if (known !== undefined) return known;
  const fingerprint = computeFingerprint(article);
  fingerprints.set(article, fingerprint);
  return fingerprint;
}

const fingerprints = new WeakMap<Article, string>();

function computeFingerprint(article: Article): string {
  return createHash("sha1")
    .update(
      JSON.stringify([
        DOCUMENT_FORMAT,
        article.title,
        article.summary,
        article.tags,
        article.publishedAt,
        article.body.digest,
        article.updates.map((update) => [update.headline ?? "", update.html]),
      ]),
    )
    .digest("base64url");
}

const words = (text: string) => searchWords(text).join(" ");

export function searchDocument(article: Article): SearchDocument {
  return {
    slug: article.slug,
    fingerprint: documentFingerprint(article),
    publishedAt: article.publishedAt,
    title: words(article.title),
    summary: words(article.summary),
    // A live page is found by its updates too: their headlines and text.
    body: [
      markdownText(article.body.markdown()),
      ...article.updates.flatMap((update) => [update.headline ?? "", bodyText(update.html)]),
    ]
      .map(words)
      .filter(Boolean)
      .join(" "),
    tags: words(article.tags.join(" ")),
  };
}

/** Every distinct word of a document, for the vocabulary (prefixes and typos). */
export function documentWords(document: SearchDocument): Set<string> {
  const all = new Set<string>();
  for (const field of [document.title, document.summary, document.body, document.tags]) {
    for (const word of field.split(" ")) if (word) all.add(word);
  }
  return all;
}

/**
 * In how many of `documents` each word occurs: what a batch adds to (or
 * takes from) the vocabulary's counts, one update per word rather than one
 * per word of every document.
 */
export function wordCounts(documents: readonly SearchDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const word of documentWords(document)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
