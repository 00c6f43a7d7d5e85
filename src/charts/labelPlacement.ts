/**
 * Labels that never overlap: each candidate, strongest first, takes the first of eight places
 * around its point (above, below, right, left, then above or below leaning inwards) where it covers no label already placed and no
 * other marker, and stays inside the plot; a label with no such place is left out and counted.
 * Placed in pixels for the figure's own size (text about 0.58 em wide per character), so a figure
 * restyled for another size is placed again (`applyPreset`).
 */

/** A point that wants a label, in data coordinates. */
export interface LabelCandidate {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabels {
  annotations: Record<string, unknown>[];
  /** Candidates left without a label. */
  dropped: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The plot area in pixels: the figure less its margins and room for axis ticks and titles. */
function plotSize(layout: Record<string, unknown>): { width: number; height: number; font: number } {
  const m = (layout.margin as { l?: number; r?: number; t?: number; b?: number } | undefined) ?? {};
  const font = (layout.font as { size?: number } | undefined)?.size ?? 13;
  const width = ((layout.width as number | undefined) ?? 900) - (m.l ?? 0) - (m.r ?? 0) - 4 * font;
  const height = ((layout.height as number | undefined) ?? 520) - (m.t ?? 0) - (m.b ?? 0) - 4 * font;
  return { width: Math.max(width, 50), height: Math.max(height, 50), font };
}

/**
 * Annotations for `candidates` (strongest first) on log axes spanning `xRange` and `yRange`
 * (log10 units), avoiding every point of `markers`.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  markers: readonly { x: number; y: number }[],
  layout: Record<string, unknown>,
  xRange: [number, number],
  yRange: [number, number],
): PlacedLabels {
  const { width, height, font } = plotSize(layout);
  const px = (x: number) => ((Math.log10(x) - xRange[0]) / (xRange[1] - xRange[0])) * width;
  const py = (y: number) => ((Math.log10(y) - yRange[0]) / (yRange[1] - yRange[0])) * height;
  const r = 4;
  const taken: Box[] = [];
  const annotations: Record<string, unknown>[] = [];
  let dropped = 0;
  for (const c of candidates) {
    const cx = px(c.x);
    const cy = py(c.y);
    const w = c.text.length * font * 0.58 + 2;
    const h = font * 1.15;
    const above = { y0: cy + r + 1, y1: cy + r + 1 + h, yanchor: "bottom", yshift: r + 1 };
    const below = { y0: cy - r - 1 - h, y1: cy - r - 1, yanchor: "top", yshift: -r - 1 };
    const beside = { y0: cy - h / 2, y1: cy + h / 2, yanchor: "middle", yshift: 0 };
    // Centred above or below, then beside, then above or below leaning inwards (near an edge).
    const places = [
      { ...above, x0: cx - w / 2, x1: cx + w / 2, xanchor: "center", xshift: 0 },
      { ...below, x0: cx - w / 2, x1: cx + w / 2, xanchor: "center", xshift: 0 },
      { ...beside, x0: cx + r + 2, x1: cx + r + 2 + w, xanchor: "left", xshift: r + 2 },
      { ...beside, x0: cx - r - 2 - w, x1: cx - r - 2, xanchor: "right", xshift: -r - 2 },
      { ...above, x0: cx - w + r, x1: cx + r, xanchor: "right", xshift: r },
      { ...below, x0: cx - w + r, x1: cx + r, xanchor: "right", xshift: r },
      { ...above, x0: cx - r, x1: cx - r + w, xanchor: "left", xshift: -r },
      { ...below, x0: cx - r, x1: cx - r + w, xanchor: "left", xshift: -r },
    ].map((p) => ({ ...p, box: { x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1 } }));
    const fits = (b: Box) =>
      b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height &&
      !taken.some((t) => overlaps(t, b)) &&
      !markers.some((m) => {
        const mx = px(m.x);
        const my = py(m.y);
        return mx + r > b.x0 && mx - r < b.x1 && my + r > b.y0 && my - r < b.y1;
      });
    const place = places.find((p) => fits(p.box));
    if (!place) {
      dropped++;
      continue;
    }
    taken.push(place.box);
    annotations.push({
      x: Math.log10(c.x), y: Math.log10(c.y), xref: "x", yref: "y", text: c.text, showarrow: false,
      xanchor: place.xanchor, yanchor: place.yanchor, xshift: place.xshift, yshift: place.yshift, font: { size: font - 1 },
    });
  }
  return { annotations, dropped };
}

/** What a figure keeps to place its labels again at another size. */
export interface LabelPlan {
  candidates: LabelCandidate[];
  xRange: [number, number];
  yRange: [number, number];
  /** The x-axis title, to which a note of the labels left out is added. */
  xTitle: string;
}

/**
 * The figure with its labels placed for its current size: annotations, and a note in the x-axis
 * title (where no margin clips it) of how many were left out. Markers are every point of its
 * scatter traces.
 */
export function relabel<F extends { data: Record<string, unknown>[]; layout: Record<string, unknown> }>(figure: F, plan: LabelPlan): F {
  const markers = figure.data
    .filter((t) => t.type === "scatter" && String(t.mode ?? "").includes("markers"))
    .flatMap((t) => (t.x as number[]).map((x, i) => ({ x, y: (t.y as number[])[i] })));
  const { annotations, dropped } = placeLabels(plan.candidates, markers, figure.layout, plan.xRange, plan.yRange);
  const note = dropped ? `<br>${dropped} of ${plan.candidates.length} labels left out for room` : "";
  const xaxis = { ...(figure.layout.xaxis as object), title: { text: plan.xTitle + note } };
  return { ...figure, layout: { ...figure.layout, annotations, xaxis } };
}
