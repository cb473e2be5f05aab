import { describe, expect, it } from "vitest";
import { buildChart, niceMax } from "@/bench/lib/chart";

describe("niceMax", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax(72.8)).toBe(100);
    expect(niceMax(903)).toBe(1000);
    expect(niceMax(1100)).toBe(2000);
    expect(niceMax(50_000)).toBe(50_000);
    expect(niceMax(0)).toBe(1);
  });
});

describe("buildChart", () => {
  const points = [
    { articles: 5000, seconds: 50, peakMb: 900 },
    { articles: 1000, seconds: 40, peakMb: 800 },
  ];
  const svg = buildChart(points, 1000);

  it("draws one point per size in each panel, in order of size, with its value as a tooltip", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg.indexOf("1000 articles: 40 s")).toBeLessThan(svg.indexOf("5000 articles: 50 s"));
    expect(svg).toContain("<title>5000 articles: 900 MB</title>");
  });

  it("places sizes on a linear axis from 0 and marks the memory goal", () => {
    // x axis 0..5000 over 552 px from x=64: 1,000 articles at 174.4, 5,000 at 616.
    expect(svg).toContain('<circle cx="174.4"');
    expect(svg).toContain('<circle cx="616.0"');
    expect(svg).toContain("goal 1000 MB");
  });

  it("names the sizes that could not be built under the chart", () => {
    const withFailure = buildChart(points, 1000, [50_000]);
    expect(withFailure).toContain("Not built: 50,000 articles (see the table).");
    expect(withFailure.match(/<circle /g)).toHaveLength(4);
    expect(svg).not.toContain("Not built");
  });

  it("draws the axes over the grid", () => {
    const firstPanel = svg.slice(0, svg.indexOf("next build: peak memory"));
    expect(firstPanel.lastIndexOf('stroke="#ddd"')).toBeLessThan(
      firstPanel.indexOf('stroke="#333"'),
    );
  });

  it("refuses to draw no builds", () => {
    expect(() => buildChart([])).toThrow("at least one build");
  });
});
