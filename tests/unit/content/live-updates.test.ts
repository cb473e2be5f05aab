import { describe, expect, it } from "vitest";
import { splitLiveBody, updateId } from "@/lib/content/pipeline/live-updates";
import { invalidPaths, livePaths } from "../../support/fixtures";
import { contentErrorOf, loadArticles } from "../../support/load-content";

function contentError(name: string) {
  return contentErrorOf(invalidPaths(name));
}

describe("splitLiveBody", () => {
  it("splits the text above the updates from each update's fields and body, with file lines", () => {
    const body = ["Intro.", "", "--- update", "at: x", "---", "One.", "--- update", "at: y", "---", "Two."].join(
      "\n",
    );
    const split = splitLiveBody(body, 10);
    expect(split.intro).toBe("Intro.\n");
    expect(split.problems).toEqual([]);
    expect(split.blocks).toEqual([
      { markerLine: 12, header: "at: x", body: "One.", bodyStartLine: 15 },
      { markerLine: 16, header: "at: y", body: "Two.", bodyStartLine: 19 },
    ]);
  });

  it("reports an update whose fields never end, at its --- update line", () => {
    const split = splitLiveBody("--- update\nat: x\nNo closing line.", 5);
    expect(split.blocks).toEqual([]);
    expect(split.problems).toMatchObject([{ rule: "update-syntax", line: 5, column: 1 }]);
  });

  it("leaves a body without updates whole", () => {
    expect(splitLiveBody("Just text.\n\n---\n\nA rule above.", 1)).toEqual({
      intro: "Just text.\n\n---\n\nA rule above.",
      blocks: [],
      problems: [],
    });
  });
});

describe("updateId", () => {
  it("is the update's instant in UTC, whatever offset it was written with", () => {
    expect(updateId("2019-02-23T07:40:00-04:00")).toBe("update-20190223-114000");
    expect(updateId("2019-02-23T11:40:00Z")).toBe("update-20190223-114000");
  });
});

describe("loading live pages", () => {
  it("gives a live page its text above the updates and each update, oldest first", async () => {
    const articles = await loadArticles(livePaths());
    const live = articles.find((article) => article.slug === "border-day-live");
    expect(live?.live).toBe(true);
    expect(live?.coverageEndedAt).toBeUndefined();
    expect(live?.body.html()).toBe("<p>Follow the day at the border here. The newest updates are at the top.</p>");
    expect(live?.updates.map(({ id, headline, key, pinned }) => ({ id, headline, key, pinned }))).toEqual([
      { id: "update-20190223-114000", headline: "First soldiers cross the bridge", key: true, pinned: false },
      { id: "update-20190223-130500", headline: undefined, key: false, pinned: true },
      { id: "update-20190223-153000", headline: "Convoy leaves with aid", key: true, pinned: false },
    ]);
    expect(live?.updates[0]?.html).toContain("<strong>protection</strong>");
    expect(live?.updates[2]?.image).toMatchObject({ src: "/images/photo.jpg", width: 64, height: 48 });
    const ended = articles.find((article) => article.slug === "border-day-ended");
    expect(ended?.coverageEndedAt).toBe("2019-02-22T23:00:00-04:00");
    expect(ended?.body.html()).toBe("");
  });
});

describe("live pages with problems", () => {
  it.each([
    [
      "live-out-of-order",
      "out-of-order.md:23:1  update-order  at: expected a time after the update above (2019-02-23T09:00:00-04:00)",
    ],
    ["live-two-pinned", "two-pinned.md:25:1  pinned-count  pinned: expected at most one pinned update"],
    ["live-future-update", "future.md:18:1  update-in-future  at: expected a time that has already come"],
    [
      "live-updates-without-live",
      "not-live.md:17:1  updates-without-live  live: this file has --- update blocks: set live: true",
    ],
    [
      "live-end-without-live",
      "ended-not-live.md:8:1  live-field  coverageEndedAt: only a live page (live: true) has a coverage end",
    ],
  ])("%s: names the file, the line and the rule", async (name, expected) => {
    const error = await contentError(name);
    expect(error.message).toContain(`tests/fixtures/content/invalid/${name}/${expected}`);
  });

  it("reports every problem of every update at its own line", async () => {
    const error = await contentError("live-bad-update");
    const problems = error.files[0]?.problems.map(({ rule, field, line }) => `${line} ${rule} ${field}`);
    expect(problems).toEqual([
      "18 date-format at",
      "19 unknown-field headlin",
      "23 update-syntax update",
    ]);
  });
});
