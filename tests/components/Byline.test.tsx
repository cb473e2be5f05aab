import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Byline } from "@/components/article/Byline";

describe("Byline", () => {
  it("shows the authors and both dates as machine-readable times", () => {
    const { container } = render(
      <Byline
        authors={["Ana Ruiz", "Ben Cole", "Chen Li"]}
        publishedAt="2019-02-24T18:05:00+01:00"
        updatedAt="2019-02-24T21:30:00+01:00"
        timeZone="Europe/Paris"
      />,
    );
    expect(screen.getByText("By Ana Ruiz, Ben Cole and Chen Li")).toBeInTheDocument();
    expect(container).toHaveTextContent("Published 24 February 2019, 18:05 CET");
    expect(container).toHaveTextContent("Updated 24 February 2019, 21:30 CET");
    const times = container.querySelectorAll("time");
    expect([...times].map((time) => time.getAttribute("datetime"))).toEqual([
      "2019-02-24T18:05:00+01:00",
      "2019-02-24T21:30:00+01:00",
    ]);
  });

  it("omits Updated when the article was never updated", () => {
    const { container } = render(
      <Byline
        authors={["Ana Ruiz"]}
        publishedAt="2019-02-24T18:05:00+01:00"
        timeZone="Europe/Paris"
      />,
    );
    expect(screen.getByText("By Ana Ruiz")).toBeInTheDocument();
    expect(container).not.toHaveTextContent("Updated");
    expect(container.querySelectorAll("time")).toHaveLength(1);
  });
});
