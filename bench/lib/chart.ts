/** One archive size's build: what the chart plots. */
export type BuildPoint = { articles: number; seconds: number; peakMb: number };

const WIDTH = 640;
const PANEL_HEIGHT = 220;
const MARGIN = { left: 64, right: 24, top: 36, bottom: 44 };

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function panel(input: {
  points: readonly BuildPoint[];
  value: (point: BuildPoint) => number;
  title: string;
  unit: string;
  top: number;
  goal?: { value: number; label: string };
}): string {
  const { points, top } = input;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const xMax = niceMax(Math.max(...points.map((p) => p.articles)));
  const yMax = niceMax(Math.max(...points.map(input.value), input.goal?.value ?? 0));
  const x = (articles: number) => MARGIN.left + (articles / xMax) * plotWidth;
  const y = (value: number) => top + MARGIN.top + plotHeight - (value / yMax) * plotHeight;
  const parts = [
    `<text x="${MARGIN.left}" y="${top + 22}" font-weight="bold">${escape(input.title)}</text>`,
  ];
  // Grid first, so the axes are drawn over it.
  for (let step = 0; step <= 4; step += 1) {
    const value = (yMax * step) / 4;
    parts.push(
      `<line x1="${MARGIN.left}" y1="${y(value)}" x2="${MARGIN.left + plotWidth}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(value) + 4}" text-anchor="end">${Math.round(value)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left + plotWidth}" y2="${y(0)}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left}" y2="${y(yMax)}" stroke="#333"/>`,
  );
  for (const point of points) {
    parts.push(
      `<text x="${x(point.articles)}" y="${y(0) + 18}" text-anchor="middle">${point.articles.toLocaleString("en-GB")}</text>`,
    );
  }
  parts.push(
    `<text x="${MARGIN.left + plotWidth / 2}" y="${top + PANEL_HEIGHT - 6}" text-anchor="middle">articles</text>`,
    `<text x="16" y="${top + MARGIN.top + plotHeight / 2}" transform="rotate(-90 16 ${top + MARGIN.top + plotHeight / 2})" text-anchor="middle">${escape(input.unit)}</text>`,
  );
  if (input.goal) {
    parts.push(
      `<line x1="${MARGIN.left}" y1="${y(input.goal.value)}" x2="${MARGIN.left + plotWidth}" y2="${y(input.goal.value)}" stroke="#b00" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN.left + plotWidth}" y="${y(input.goal.value) - 6}" text-anchor="end" fill="#b00">${escape(input.goal.label)}</text>`,
    );
  }
  const path = points.map((p) => `${x(p.articles).toFixed(1)},${y(input.value(p)).toFixed(1)}`);
  parts.push(
    `<polyline points="${path.join(" ")}" fill="none" stroke="#0b5394" stroke-width="2"/>`,
  );
  for (const point of points) {
    const value = input.value(point);
    parts.push(
      `<circle cx="${x(point.articles).toFixed(1)}" cy="${y(value).toFixed(1)}" r="4" fill="#0b5394"><title>${point.articles} articles: ${Math.round(value)} ${escape(input.unit)}</title></circle>`,
    );
  }
  return parts.join("\n");
}

/**
 * Build wall time and peak memory against archive size, as an SVG of two
 * panels (docs/performance.md shows it beside the bench's table). Points are
 * drawn in order of size; the axes start at 0.
 */
export function buildChart(
  points: readonly BuildPoint[],
  memoryGoalMb?: number,
  /** Sizes the run could not build: named under the chart, as they have no point. */
  failed: readonly number[] = [],
): string {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  if (sorted.length === 0) throw new Error("the build chart needs at least one build");
  const note = failed.length
    ? `Not built: ${failed.map((articles) => articles.toLocaleString("en-GB")).join(", ")} articles (see the table).`
    : "";
  const height = PANEL_HEIGHT * 2 + (note ? 24 : 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12" role="img" aria-label="Build time and peak memory against archive size">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    panel({
      points: sorted,
      value: (p) => p.seconds,
      title: "next build: wall time",
      unit: "s",
      top: 0,
    }),
    panel({
      points: sorted,
      value: (p) => p.peakMb,
      title: "next build: peak memory of the process tree",
      unit: "MB",
      top: PANEL_HEIGHT,
      goal: memoryGoalMb ? { value: memoryGoalMb, label: `goal ${memoryGoalMb} MB` } : undefined,
    }),
    note ? `<text x="${MARGIN.left}" y="${height - 8}" fill="#b00">${escape(note)}</text>` : "",
    "</svg>",
    "",
  ].join("\n");
}
