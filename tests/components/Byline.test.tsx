import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Byline } from "@/components/article/Byline";

const ana = { name: "Ana Ruiz", href: "/authors/ana-ruiz" };

describe("Byline", () => {
  it("links each author, shows both dates as machine-readable times and the reading time", () => {
    const { container } = render(
      <Byline
        authors={[
          ana,
          { name: "Ben Cole", href: "/authors/ben-cole" },
          { name: "Chen Li", href: "/authors/chen-li" },
        ]}
        publishedAt="2019-02-24T18:05:00+01:00"
        updatedAt="2019-02-24T21:30:00+01:00"
        timeZone="Europe/Paris"
        readingTime="4 min read"
      />,
    );
    expect(container.querySelector(".byline__authors")).toHaveTextContent(
      "By Ana Ruiz, Ben Cole and Chen Li",
    );
    expect(screen.getByRole("link", { name: "Chen Li" })).toHaveAttribute(
      "href",
      "/authors/chen-li",
    );
    expect(container).toHaveTextContent("Published 24 February 2019, 18:05 CET");
    expect(container).toHaveTextContent("Updated 24 February 2019, 21:30 CET");
    expect(container).toHaveTextContent("4 min read");
    const times = container.querySelectorAll("time");
    expect([...times].map((time) => time.getAttribute("datetime"))).toEqual([
      "2019-02-24T18:05:00+01:00",
      "2019-02-24T21:30:00+01:00",
    ]);
  });

  it("omits Updated when the article was never updated", () => {
    const { container } = render(
      <Byline authors={[ana]} publishedAt="2019-02-24T18:05:00+01:00" timeZone="Europe/Paris" />,
    );
    expect(container.querySelector(".byline__authors")).toHaveTextContent("By Ana Ruiz");
    expect(screen.getByRole("link", { name: "Ana Ruiz" })).toHaveAttribute(
      "href",
      "/authors/ana-ruiz",
    );
    expect(container).not.toHaveTextContent("Updated");
    expect(container.querySelectorAll("time")).toHaveLength(1);
  });
});
