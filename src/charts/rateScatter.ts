import type { KeynessRow } from "../analysis/keyness";
import { type Figure, escapeLabel } from "./figure";
import { type LabelCandidate, type LabelPlan, relabel } from "./labelPlacement";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface RateScatterOptions extends ThemeOptions {
  labelA?: string;
  labelB?: string;
  /** Label the n strongest key terms of each side (by |G²|). Default 8. */
  label?: number;
}

/** Ticks of a log axis from `lo` to `hi`: 1, 2, 5 × powers of ten when the span is short, else powers of ten. */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  const steps = Math.log10(hi / lo) < 2 ? [1, 2, 5] : [1];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const s of steps) {
      const v = s * 10 ** p;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return ticks;
}

/**
 * One side's markers. Terms with the same counts stand at the same point: one marker each (a corpus
 * of 16,000 terms has some 750 points, most of them rare words), its hover text naming the terms.
 */
function markers(
  rows: readonly KeynessRow[],
  side: "A" | "B",
  o: { name: string; labelA: string; labelB: string; x: (r: KeynessRow) => number; y: (r: KeynessRow) => number; color: string; symbol: string },
) {
  const shared = new Map<string, KeynessRow[]>();
  for (const r of rows) {
    if (r.side !== side) continue;
    const key = `${r.countA}/${r.countB}`;
    const at = shared.get(key);
    if (at) at.push(r);
    else shared.set(key, [r]);
  }
  const rs = [...shared.values()];
  const names = (terms: KeynessRow[]) =>
    terms.length > 8 ? `${terms.slice(0, 8).map((r) => escapeLabel(r.term)).join(", ")} and ${terms.length - 8} more` : terms.map((r) => escapeLabel(r.term)).join(", ");
  return {
    type: "scatter",
    mode: "markers",
    name: o.name,
    x: rs.map(([r]) => o.x(r)),
    y: rs.map(([r]) => o.y(r)),
    hovertext: rs.map((terms) => `${names(terms)}: ${terms[0].countA} in ${escapeLabel(o.labelA)}, ${terms[0].countB} in ${escapeLabel(o.labelB)}`),
    hoverinfo: "text",
    marker: { color: o.color, symbol: o.symbol, size: 6, opacity: 0.75, line: { width: 0.5, color: "#FFFFFF" } },
    cliponaxis: false,
  };
}

/**
 * Every term's rate in B (x) against its rate in A (y), per 10,000 tokens on log axes, with the
 * diagonal of equal use (scattertext's idea, Kessler 2017). A term never used on one side sits on
 * that axis's "0" edge, set apart below the smallest rate by a dotted line (a log axis has no 0).
 * The strongest key terms of each side are labelled where a label fits; the x-axis title says how
 * many did not.
 */
export function rateScatter(rows: readonly KeynessRow[], options: RateScatterOptions = {}): Figure {
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const n = options.label ?? 8;
  const rates = rows.flatMap((r) => [(r.countA / r.totalA) * 10_000, (r.countB / r.totalB) * 10_000]).filter((v) => v > 0);
  // Reduced, not spread: a large corpus's keyness table has more rates than a call takes arguments.
  const smallest = rates.length ? rates.reduce((m, v) => Math.min(m, v)) : 1;
  const hi = rates.reduce((m, v) => Math.max(m, v), 10) * 1.25;
  // The 0 edge: a third of the smallest rate, with the dotted line halfway (on the log scale).
  const zeroAt = smallest / 3;
  const edge = Math.sqrt(zeroAt * smallest);
  const lo = zeroAt / 1.3;
  const rate = (count: number, total: number) => (count === 0 ? zeroAt : (count / total) * 10_000);

  const byStrength = [...rows].sort((x, y) => Math.abs(y.g2) - Math.abs(x.g2) || (x.term < y.term ? -1 : 1));
  const strongest = [...byStrength.filter((r) => r.side === "A").slice(0, n), ...byStrength.filter((r) => r.side === "B").slice(0, n)];
  // Terms with the same counts share a point: one label names up to three of them.
  const atPoint = new Map<string, LabelCandidate & { names: string[] }>();
  for (const r of strongest.sort((x, y) => Math.abs(y.g2) - Math.abs(x.g2))) {
    const key = `${r.countA}/${r.countB}`;
    const c = atPoint.get(key);
    if (c) c.names.push(escapeLabel(r.term));
    else atPoint.set(key, { x: rate(r.countB, r.totalB), y: rate(r.countA, r.totalA), text: "", names: [escapeLabel(r.term)] });
  }
  const candidates: LabelCandidate[] = [...atPoint.values()].map(({ x, y, names }) => ({
    x, y, text: names.length > 3 ? `${names.slice(0, 3).join(", ")} …` : names.join(", "),
  }));

  const points = (side: "A" | "B", color: string, symbol: string) =>
    markers(rows, side, { name: `more in ${side === "A" ? labelA : labelB}`, labelA, labelB, x: (r) => rate(r.countB, r.totalB), y: (r) => rate(r.countA, r.totalA), color, symbol });
  const ticks = logTicks(smallest, hi);
  const tickAxis = (title: string) =>
    axis(title, {
      type: "log",
      range: [Math.log10(lo), Math.log10(hi)],
      tickmode: "array",
      tickvals: [zeroAt, ...ticks],
      ticktext: ["0", ...ticks.map((t) => String(t))],
    });
  const dotted = { color: palette.neutral, width: 1, dash: "dot" };
  const xTitle = `${escapeLabel(labelB)}: per 10,000 tokens (log)`;
  const layout = themeLayout({ title: options.title ?? `Term rates: ${labelA} vs ${labelB}`, height: options.height ?? 560, ...options });
  const plan: LabelPlan = { candidates, xRange: [Math.log10(lo), Math.log10(hi)], yRange: [Math.log10(lo), Math.log10(hi)], xTitle };
  const figure: Figure = {
    data: [
      { type: "scatter", mode: "lines", x: [edge, hi], y: [edge, hi], name: "equal use", line: { color: palette.neutral, dash: "dot", width: 1 }, hoverinfo: "skip" },
      points("B", palette.b, "square"),
      points("A", palette.a, "circle"),
    ],
    layout: {
      ...layout,
      xaxis: tickAxis(xTitle),
      yaxis: tickAxis(`${escapeLabel(labelA)}: per 10,000 tokens (log)`),
      // The 0 edges, apart from the rates.
      shapes: [
        { type: "line", xref: "x", yref: "paper", x0: edge, x1: edge, y0: 0, y1: 1, line: dotted },
        { type: "line", xref: "paper", yref: "y", x0: 0, x1: 1, y0: edge, y1: edge, line: dotted },
      ],
    },
    meta: { chart: "rateScatter", options: { labelA, labelB, label: n }, labels: plan },
  };
  return relabel(figure, plan);
}
