import type { CollocateShiftRow } from "../analysis/collocations";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface CollocationChartOptions extends ThemeOptions {
  /** Collocates per side (the strongest gains of each group by |G²|). Default 10. */
  top?: number;
  labelA?: string;
  labelB?: string;
}

/**
 * The collocates of a node in A against B, as back-to-back bars: each collocate's share of the
 * node's window tokens (per 1,000) in A to the right, in B to the left, its counts at the bar ends.
 * Rows run from A's strongest gain at the top to B's at the bottom (by signed G²).
 */
export function collocationChart(rows: readonly CollocateShiftRow[], options: CollocationChartOptions = {}): Figure {
  const top = options.top ?? 10;
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const node = rows[0]?.node ?? "";
  const gains = rows.filter((r) => r.side === "A").slice(0, top);
  const losses = rows.filter((r) => r.side === "B").slice(-top);
  const shown = [...gains, ...losses];
  const names = shown.map((r) => escapeLabel(r.collocate));
  const hover = (side: string) => `<b>%{y}</b> near ${escapeLabel(node)} in ${side}: %{customdata[0]} (%{customdata[1]:.1f} per 1,000 window tokens)<br>G² %{customdata[2]:.2f}<extra></extra>`;
  const bar = (name: string, x: number[], counts: number[], color: string, pattern: string, side: string, per1k: number[]) => ({
    type: "bar",
    orientation: "h",
    name,
    x,
    y: names,
    text: counts.map(String),
    textposition: "outside",
    cliponaxis: false,
    customdata: shown.map((r, i) => [counts[i], per1k[i], r.g2]),
    hovertemplate: hover(side),
    marker: { color, pattern: { shape: pattern, fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 } },
  });
  const most = Math.max(1, ...shown.flatMap((r) => [r.per1kA, r.per1kB]));
  const layout = themeLayout({
    title: options.title ?? `Collocates of “${node}”: ${labelA} vs ${labelB}`,
    height: options.height ?? Math.max(320, 120 + shown.length * 22),
    ...options,
  });
  return {
    data: [
      bar(labelB, shown.map((r) => -r.per1kB), shown.map((r) => r.countB), palette.b, "/", labelB, shown.map((r) => r.per1kB)),
      bar(labelA, shown.map((r) => r.per1kA), shown.map((r) => r.countA), palette.a, "", labelA, shown.map((r) => r.per1kA)),
    ],
    layout: {
      ...layout,
      barmode: "overlay",
      xaxis: axis(`per 1,000 tokens near “${escapeLabel(node)}” (← ${escapeLabel(labelB)} | ${escapeLabel(labelA)} →); counts at the bar ends`, {
        zeroline: true,
        range: [-most * 1.25, most * 1.25],
        // Both sides read as shares: no minus signs on B's side.
        tickmode: "array",
        tickvals: symmetricTicks(most),
        ticktext: symmetricTicks(most).map((v) => String(Math.abs(v))),
      }),
      yaxis: axis("", { ticks: "", autorange: "reversed" }),
    },
    meta: { chart: "collocationChart", options: { top, labelA, labelB, node } },
  };
}

/** Ticks at a round step (1, 2 or 5 × 10^k) from −max to max. */
function symmetricTicks(max: number): number[] {
  const raw = max / 2;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = -Math.floor(max / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}
