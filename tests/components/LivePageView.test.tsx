import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LivePageView } from "@/components/live/LivePageView";
import { livePageModel } from "@/lib/pages/live";
import { livePaths } from "../support/fixtures";
import { loadContent } from "../support/load-content";

const now = new Date("2019-02-24T12:00:00Z");

async function model(slug: string) {
  const { articles, authors } = await loadContent(livePaths());
  const article = articles.find((candidate) => candidate.slug === slug);
  const page = article && livePageModel(article, 1, authors, now);
  if (!page) throw new Error(`no live fixture ${slug}`);
  return page;
}

describe("LivePageView", () => {
  it("reads top to bottom: LIVE, headline, standfirst, key events, pinned, then updates newest first", async () => {
    const { container } = render(<LivePageView page={await model("border-day-live")} />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    // What a reader sees: the JSON-LD block is not part of it.
    const shown = container.cloneNode(true) as HTMLElement;
    for (const script of shown.querySelectorAll("script")) script.remove();
    const text = shown.textContent ?? "";
    const order = [
      "Live",
      "Live: soldiers cross",
      "Updates through the day",
      "Key events",
      "What we know so far",
      "The first trucks left the warehouse",
      "Three soldiers walked across the bridge",
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("makes each update a headed article with its time and its own address", async () => {
    const { container } = render(<LivePageView page={await model("border-day-live")} />);
    const updates = container.querySelectorAll("article.live-update");
    expect(updates).toHaveLength(3);
    for (const update of updates) {
      expect(update.id).toMatch(/^update-\d{8}-\d{6}$/);
      const heading = within(update as HTMLElement).getByRole("heading", { level: 3 });
      expect(update.getAttribute("aria-labelledby")).toBe(heading.id);
      expect(heading.querySelector("time")?.getAttribute("datetime")).toMatch(/^2019-02-23T/);
      expect(
        within(update as HTMLElement).getByRole("link", { name: "Link to this update" }),
      ).toHaveAttribute("href", `/live/border-day-live#${update.id}`);
    }
    expect(new Set([...container.querySelectorAll("[id]")].map((element) => element.id)).size).toBe(
      container.querySelectorAll("[id]").length,
    );
  });

  it("links each key event to its update", async () => {
    render(<LivePageView page={await model("border-day-live")} />);
    const keyEvents = screen.getByRole("navigation", { name: "Key events" });
    const links = within(keyEvents).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "/live/border-day-live#update-20190223-153000",
      "/live/border-day-live#update-20190223-114000",
    ]);
  });

  it("while running, offers a reload link and loads its script; once ended, says when", async () => {
    const running = render(<LivePageView page={await model("border-day-live")} />);
    expect(
      running.getByRole("link", { name: "Reload this page for the latest updates" }),
    ).toHaveAttribute("href", "/live/border-day-live");
    expect(running.container.querySelector('script[src="/scripts/live.js"]')).not.toBeNull();
    running.unmount();
    const ended = render(<LivePageView page={await model("border-day-ended")} />);
    expect(ended.container.textContent).toContain("Coverage ended at");
    expect(ended.container.querySelector(".live-label")).toBeNull();
    expect(ended.queryByRole("link", { name: /Reload this page/ })).toBeNull();
    expect(ended.container.querySelector('script[src="/scripts/live.js"]')).toBeNull();
  });
});
