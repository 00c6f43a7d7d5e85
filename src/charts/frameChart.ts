import type { FrameRateRow } from "../analysis/frames";
import { sortGroups } from "../corpus/corpus";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, seriesColors, seriesSymbols, themeLayout } from "./theme";

export interface FrameChartOptions extends ThemeOptions {
  /** Grouping field name, for the legend title. */
  by?: string;
}

/**
 * Frame prevalence by group: a dot per frame and group at matches per 1,000 tokens, with the
 * bootstrap 95% interval as whiskers; groups differ in colour and marker symbol.
 */
export function frameChart(rows: readonly FrameRateRow[], options: FrameChartOptions = {}): Figure {
  const frames = [...new Map(rows.map((r) => [r.frame, r.label])).entries()];
  const groups = sortGroups(rows.map((r) => r.group));
  const data = groups.map((g, i) => {
    const rs = frames.map(([id]) => rows.find((r) => r.frame === id && r.group === g)!);
    return {
      type: "scatter",
      mode: "markers",
      orientation: "h",
      name: escapeLabel(g),
      x: rs.map((r) => r.per1k),
      y: frames.map(([, label]) => escapeLabel(label)),
      error_x: { type: "data", symmetric: false, array: rs.map((r) => r.ciHigh - r.per1k), arrayminus: rs.map((r) => r.per1k - r.ciLow), thickness: 1.2, width: 4, color: seriesColors[i % seriesColors.length] },
      customdata: rs.map((r) => [r.matches, r.tokens, r.ciLow, r.ciHigh]),
      hovertemplate: `%{y}<br>${escapeLabel(g)}: %{x:.1f} per 1,000 tokens (95% CI %{customdata[2]:.1f}–%{customdata[3]:.1f})<br>%{customdata[0]} matches in %{customdata[1]} tokens<extra></extra>`,
      marker: { color: seriesColors[i % seriesColors.length], symbol: seriesSymbols[i % seriesSymbols.length], size: 9 },
      // Dodge the groups vertically so whiskers do not overlap.
      yaxis: "y",
      offsetgroup: String(i),
    };
  });
  const layout = themeLayout({ title: options.title ?? `Frame prevalence by ${options.by ?? "group"} (95% bootstrap CI)`, height: options.height ?? 120 + frames.length * 48, ...options });
  return {
    data,
    layout: {
      ...layout,
      scattermode: "group",
      xaxis: axis("frame matches per 1,000 tokens", { rangemode: "tozero" }),
      yaxis: axis("", { ticks: "", autorange: "reversed" }),
      legend: { ...(layout.legend as object), title: { text: options.by ?? "" } },
    },
    meta: { chart: "frameChart", options: { by: options.by } },
  };
}
