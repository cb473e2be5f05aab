import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BriefEdition, type BriefStoryProps } from "@/components/newsletter/BriefEdition";

const story = (n: number): BriefStoryProps => ({
  slug: `story-${n}`,
  href: `/articles/story-${n}`,
  headline: `Headline ${n}`,
  standfirst: `What happened in story ${n}.`,
  sectionName: "World",
  image: {
    src: `/images/${n}.jpg`,
    alt: `Photo ${n}.`,
    credit: `Agency ${n}`,
    width: 40,
    height: 30,
  },
});

describe("BriefEdition", () => {
  it("lists the edition's stories in order, each linked, with its credit", () => {
    render(
      <BriefEdition
        title="Daily news brief, 25 November"
        stories={[story(1), story(2)]}
        archiveHref="/newsletter/briefs"
        timeZone="Europe/Paris"
      />,
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Daily news brief, 25 November",
    );
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole("link", { name: "Headline 1" })).toHaveAttribute(
      "href",
      "/articles/story-1",
    );
    expect(within(items[1]!).getByText("Agency 2")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "All past editions" })).toHaveAttribute(
      "href",
      "/newsletter/briefs",
    );
  });

  it("loads the lead story's photo at once and the others lazily", () => {
    render(
      <BriefEdition
        title="Brief"
        stories={[story(1), story(2)]}
        archiveHref="/newsletter/briefs"
        timeZone="Europe/Paris"
      />,
    );
    const lead = screen.getByRole("img", { name: "Photo 1." });
    expect(lead).toHaveAttribute("loading", "eager");
    expect(lead).toHaveAttribute("fetchpriority", "high");
    expect(screen.getByRole("img", { name: "Photo 2." })).toHaveAttribute("loading", "lazy");
  });

  it("marks a running live page LIVE and lists its latest key events as links with times", () => {
    const live: BriefStoryProps = {
      ...story(1),
      href: "/live/story-1",
      live: {
        running: true,
        keyEvents: [
          { headline: "Convoy turned back", at: "2026-11-25T05:30:00Z", href: "/live/story-1#u2" },
          { headline: "Border closed", at: "2026-11-24T20:00:00Z", href: "/live/story-1#u1" },
        ],
      },
    };
    const ended: BriefStoryProps = { ...story(2), live: { running: false, keyEvents: [] } };
    render(
      <BriefEdition
        title="Brief"
        stories={[live, ended]}
        archiveHref="/newsletter/briefs"
        timeZone="Europe/Paris"
      />,
    );
    const [first, second] = screen.getAllByRole("article");
    expect(within(first!).getByText("Live")).toHaveClass("live-label");
    expect(within(second!).queryByText("Live")).toBeNull();
    expect(within(first!).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Latest key events",
    );
    const events = within(first!).getAllByRole("link").slice(1);
    expect(events.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Convoy turned back", "/live/story-1#u2"],
      ["Border closed", "/live/story-1#u1"],
    ]);
    expect(within(first!).getByText("25 November 2026, 06:30 CET")).toHaveAttribute(
      "datetime",
      "2026-11-25T05:30:00Z",
    );
  });
});
