import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCard } from "@/components/listing/ArticleCard";
import type { Article } from "@/lib/content/schema";

const article: Article = {
  slug: "a-story",
  title: "A story",
  summary: "What happened.",
  section: "europe",
  tags: [],
  authors: ["A"],
  publishedAt: "2019-02-24T23:30:00Z",
  draft: false,
  html: "<p>x</p>",
  image: { src: "/a.jpg", alt: "A thumbnail.", caption: "c", credit: "d", width: 40, height: 30 },
};

describe("ArticleCard", () => {
  it("links the headline to the article and shows section, summary, thumbnail and date", () => {
    const { container } = render(
      <ArticleCard article={article} sectionName="Europe" timeZone="Europe/Paris" />,
    );
    expect(screen.getByRole("link", { name: "A story" })).toHaveAttribute(
      "href",
      "/articles/a-story",
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("A story");
    expect(screen.getByText("Europe")).toBeInTheDocument();
    expect(screen.getByText("What happened.")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "A thumbnail." })).toBeInTheDocument();
    expect(container.querySelector("time")).toHaveTextContent("25 Feb 2019");
  });
});
