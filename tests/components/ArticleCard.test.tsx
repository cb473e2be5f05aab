import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { storyCard } from "@/lib/pages/cards";
import { makeArticle } from "../support/article";

const card = storyCard(
  makeArticle({
    image: { src: "/a.jpg", alt: "A thumbnail.", caption: "c", credit: "d", width: 40, height: 30 },
    summary: "What happened.",
  }),
);

describe("ArticleCard", () => {
  it("links the headline to the article and shows section, summary, thumbnail and date", () => {
    const { container } = render(<ArticleCard card={card} timeZone="Europe/Paris" />);
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

  it("loads a listing's first photo at once and the others lazily", () => {
    render(
      <>
        <ArticleCard card={card} timeZone="Europe/Paris" leading />
        <ArticleCard card={card} timeZone="Europe/Paris" />
      </>,
    );
    const [first, second] = screen.getAllByRole("img", { name: "A thumbnail." });
    expect(first).toHaveAttribute("loading", "eager");
    expect(first).toHaveAttribute("fetchpriority", "high");
    expect(second).toHaveAttribute("loading", "lazy");
  });
});
