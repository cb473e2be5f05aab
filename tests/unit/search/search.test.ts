import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { maxEdits, withinEdits } from "@/lib/search/expand";
import { highlight } from "@/lib/search/highlight";
import { MAX_RECENCY_BOOST, recencyFactor, recencyFactorSql } from "@/lib/search/ranking";
import { MAX_QUERY_LENGTH, normalizeQuery } from "@/lib/search/query";
import { matchExpression, openSqliteSearchStorage } from "@/lib/search/sqlite-storage";
import { tsQuery } from "@/lib/search/postgres-storage";
import { searchWords } from "@/lib/search/words";
import { fullTextSearchContract, now } from "../../support/contracts/full-text-search";
import { tempDir } from "../../support/newsletter";
import { sqliteBackend } from "../../support/store-backends";

fullTextSearchContract(sqliteBackend);

describe("the SQLite search file", () => {
  it("empties a file another version of the index made, instead of misreading it", async () => {
    const folder = tempDir();
    try {
      const file = `${folder.dir}/search.db`;
      const old = new Database(file);
      old.exec(
        "CREATE TABLE search_documents (slug TEXT); INSERT INTO search_documents VALUES ('x');",
      );
      old.pragma("user_version = 99");
      old.close();
      const storage = openSqliteSearchStorage(file);
      expect(await storage.write((writer) => writer.fingerprints())).toEqual(new Map());
      await storage.close();
    } finally {
      folder.remove();
    }
  });
});

describe("searchWords", () => {
  it("lowercases runs of letters, digits and marks, and breaks at everything else", () => {
    expect(searchWords('Ferry\'s 2026 timetable: "NEAR"(x)*')).toEqual([
      "ferry",
      "s",
      "2026",
      "timetable",
      "near",
      "x",
    ]);
    expect(searchWords("Café naïve Zürich")).toEqual(["café", "naïve", "zürich"]);
    expect(searchWords("(*) -- ;")).toEqual([]);
  });
});

describe("typos", () => {
  it("allows one edit from 5 letters, two from 8, none below 5", () => {
    expect([4, 5, 7, 8, 12, 13].map((n) => maxEdits("x".repeat(n)))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(withinEdits("electoins", "elections", 2)).toBe(true);
    expect(withinEdits("electoins", "elections", 1)).toBe(false);
    expect(withinEdits("ferry", "ferries", 3)).toBe(true);
    expect(withinEdits("ferry", "ferries", 2)).toBe(false);
    expect(withinEdits("ferry", "fe", 2)).toBe(false);
    expect(withinEdits("zürich", "zurich", 1)).toBe(true);
  });
});

describe("the queries sent to the databases", () => {
  it("quote every word, so nothing in it is read as syntax", () => {
    const groups = [["ferry", "ferries"], ['o"x'], ["it's"]];
    expect(matchExpression(groups, "AND")).toBe(
      '("ferry" OR "ferries") AND ("o""x") AND ("it\'s")',
    );
    expect(tsQuery(groups, "OR")).toBe("('ferry' | 'ferries') | ('o\"x') | ('it''s')");
  });
});

describe("recencyFactor", () => {
  it("gives today's story the full bonus, fading with age towards none", () => {
    expect(recencyFactor(now.toISOString(), now)).toBeCloseTo(MAX_RECENCY_BOOST);
    const month = recencyFactor("2026-10-26T12:00:00Z", now);
    const year = recencyFactor("2025-11-25T12:00:00Z", now);
    expect(month).toBeLessThan(MAX_RECENCY_BOOST);
    expect(year).toBeLessThan(month);
    expect(year).toBeGreaterThan(1);
    // A story dated after now gets no more than today's.
    expect(recencyFactor("2027-01-01T00:00:00Z", now)).toBeCloseTo(MAX_RECENCY_BOOST);
  });

  it("is the very number SQLite computes from recencyFactorSql", () => {
    const db = new Database(":memory:");
    const factor = db
      .prepare<[{ now: number; publishedAt: string }]>(
        `SELECT ${recencyFactorSql("max(0, (@now - unixepoch(@publishedAt, 'subsec') * 1000) / 86400000.0)")}`,
      )
      .pluck();
    for (const publishedAt of [
      now.toISOString(),
      "2026-11-25T11:59:59Z",
      "2026-10-26T12:00:00+02:00",
      "2025-11-25T12:00:00.250Z",
      "2019-02-24T18:05:00-05:00",
      "2027-01-01T00:00:00Z",
    ]) {
      expect(factor.get({ now: now.getTime(), publishedAt }), publishedAt).toBe(
        recencyFactor(publishedAt, now),
      );
    }
    db.close();
  });
});

describe("normalizeQuery", () => {
  it("trims, collapses spaces, drops control characters and limits the length", () => {
    expect(normalizeQuery("  night \n\t trains ")).toBe("night trains");
    expect(normalizeQuery("a\u0000b\u202Ec")).toBe("a b c");
    expect(normalizeQuery("x".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery(["first", "second"])).toBe("first");
    expect(normalizeQuery(undefined)).toBe("");
  });

  it("never cuts an emoji in half", () => {
    const cut = normalizeQuery("😀".repeat(MAX_QUERY_LENGTH + 5));
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe("highlight", () => {
  it("marks whole matched words, case-insensitively, and keeps the rest as text", () => {
    expect(highlight("Ferry timetable: ferrying <b>ferry</b>", ["ferry"])).toEqual([
      { text: "Ferry", match: true },
      { text: " timetable: ferrying <b>", match: false },
      { text: "ferry", match: true },
      { text: "</b>", match: false },
    ]);
    expect(highlight("Nothing here", ["ferry"])).toEqual([{ text: "Nothing here", match: false }]);
  });
});
