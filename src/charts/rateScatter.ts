import type { KeynessRow } from "../analysis/keyness";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface RateScatterOptions extends ThemeOptions {
  labelA?: string;
  labelB?: string;
  /** Label the n strongest key terms of each side (by |G²|). Default 8. */
  label?: number;
}

/**
 * Every term's rate in B (x) against its rate in A (y), per 10,000 tokens on log axes, with the
 * diagonal of equal use (scattertext's idea, Kessler 2017). A zero count is drawn at 0.5 (as in
 * Log Ratio) so it stays on the log scale. The strongest key terms are labelled.
 */
export function rateScatter(rows: readonly KeynessRow[], options: RateScatterOptions = {}): Figure {
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const n = options.label ?? 8;
  const per10k = (count: number, total: number) => ((count === 0 ? 0.5 : count) / total) * 10_000;
  const byStrength = [...rows].sort((x, y) => Math.abs(y.g2) - Math.abs(x.g2));
  const labelled = new Set([
    ...byStrength.filter((r) => r.side === "A").slice(0, n).map((r) => r.term),
    ...byStrength.filter((r) => r.side === "B").slice(0, n).map((r) => r.term),
  ]);
  // Terms with the same counts share a point: label it once, naming up to three of them.
  const labelAt = new Map<string, string>();
  const firstAt = new Set<string>();
  for (const r of byStrength) {
    if (!labelled.has(r.term)) continue;
    const at = `${r.countA}/${r.countB}`;
    const names = labelAt.get(at);
    if (names === undefined) {
      labelAt.set(at, escapeLabel(r.term));
      firstAt.add(r.term);
    } else if (names.split(", ").length < 3) labelAt.set(at, `${names}, ${escapeLabel(r.term)}`);
    else if (!names.endsWith("…")) labelAt.set(at, `${names} …`);
  }
  const points = (side: "A" | "B", color: string, symbol: string) => {
    const rs = rows.filter((r) => r.side === side);
    return {
      type: "scatter",
      mode: "markers+text",
      name: `more in ${side === "A" ? labelA : labelB}`,
      x: rs.map((r) => per10k(r.countB, r.totalB)),
      y: rs.map((r) => per10k(r.countA, r.totalA)),
      text: rs.map((r) => (firstAt.has(r.term) ? labelAt.get(`${r.countA}/${r.countB}`)! : "")),
      textposition: side === "A" ? "top center" : "bottom center",
      hovertext: rs.map((r) => `${escapeLabel(r.term)}: ${r.countA} in ${escapeLabel(labelA)}, ${r.countB} in ${escapeLabel(labelB)}`),
      hoverinfo: "text",
      marker: { color, symbol, size: 6, opacity: 0.75, line: { width: 0.5, color: "#FFFFFF" } },
      cliponaxis: false,
    };
  };
  const all = rows.flatMap((r) => [per10k(r.countA, r.totalA), per10k(r.countB, r.totalB)]);
  const lo = Math.min(...all, 1) * 0.8;
  const hi = Math.max(...all, 10) * 1.25;
  const layout = themeLayout({ title: options.title ?? `Term rates: ${labelA} vs ${labelB}`, height: options.height ?? 560, ...options });
  return {
    data: [
      { type: "scatter", mode: "lines", x: [lo, hi], y: [lo, hi], name: "equal use", line: { color: palette.neutral, dash: "dot", width: 1 }, hoverinfo: "skip" },
      points("B", palette.b, "square"),
      points("A", palette.a, "circle"),
    ],
    layout: {
      ...layout,
      xaxis: axis(`${labelB}: per 10,000 tokens (log)`, { type: "log", range: [Math.log10(lo), Math.log10(hi)] }),
      yaxis: axis(`${labelA}: per 10,000 tokens (log)`, { type: "log", range: [Math.log10(lo), Math.log10(hi)] }),
    },
    meta: { chart: "rateScatter", options: { labelA, labelB, label: n } },
  };
}
