import type { ActorStanceRow } from "../analysis/actors/actorStance";
import type { FrameRateRow } from "../analysis/frames";
import type { TermTrendRow } from "../analysis/termTrend";
import { sortGroups } from "../corpus/corpus";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, seriesColors, seriesSymbols, themeLayout } from "./theme";

/** One point of a trend: a series (term, frame, actor) in a group (year), with its interval. */
export interface TrendPoint {
  series: string;
  group: string;
  value: number;
  low: number;
  high: number;
  /** Shown on hover, e.g. "12 of 3,400 tokens". */
  note?: string;
}

export interface TrendChartOptions extends ThemeOptions {
  /** The y-axis title, e.g. "per 10,000 tokens". */
  valueLabel: string;
  /** The grouping field, for the x-axis title. */
  by?: string;
  /** A horizontal reference line (0 for stance). */
  reference?: number;
  /** Figure name recorded in exported files. */
  chart?: string;
}

/**
 * Values over ordered groups (years, or any ordered field): a line per series with markers and the
 * 95% interval as whiskers. Groups are categories in their sorted order, so a missing year is not
 * interpolated as if it had been observed; series differ in colour and marker symbol.
 */
export function trendChart(points: readonly TrendPoint[], options: TrendChartOptions): Figure {
  const groups = sortGroups(points.map((p) => p.group));
  const series = [...new Set(points.map((p) => p.series))];
  const data = series.map((name, i) => {
    const ps = groups.map((g) => points.find((p) => p.series === name && p.group === g));
    const color = seriesColors[i % seriesColors.length];
    return {
      type: "scatter",
      mode: "lines+markers",
      name: escapeLabel(name),
      x: groups.map(escapeLabel),
      y: ps.map((p) => (p ? p.value : null)),
      error_y: {
        type: "data",
        symmetric: false,
        array: ps.map((p) => (p ? p.high - p.value : 0)),
        arrayminus: ps.map((p) => (p ? p.value - p.low : 0)),
        thickness: 1,
        width: 3,
        color,
      },
      customdata: ps.map((p) => [p?.low ?? null, p?.high ?? null, escapeLabel(p?.note ?? "")]),
      hovertemplate: `${escapeLabel(name)}, %{x}: %{y:.2f} (95% CI %{customdata[0]:.2f} to %{customdata[1]:.2f})<br>%{customdata[2]}<extra></extra>`,
      line: { color, width: 1.5 },
      marker: { color, symbol: seriesSymbols[i % seriesSymbols.length], size: 7 },
      connectgaps: false,
    };
  });
  const layout = themeLayout({ height: options.height ?? 420, ...options });
  const shapes =
    options.reference === undefined
      ? []
      : [{ type: "line", xref: "paper", x0: 0, x1: 1, y0: options.reference, y1: options.reference, line: { color: "#888", width: 1, dash: "dot" } }];
  return {
    data,
    layout: {
      ...layout,
      shapes,
      xaxis: axis(options.by ?? "group", { type: "category" }),
      yaxis: axis(options.valueLabel, { zeroline: false }),
    },
    meta: { chart: options.chart ?? "trendChart", options: { by: options.by, valueLabel: options.valueLabel } },
  };
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** Term rates per 10,000 tokens over the groups (rows of `termTrend`). */
export function termTrendChart(rows: readonly TermTrendRow[], options: Partial<TrendChartOptions> = {}): Figure {
  const points = rows.map((r) => ({ series: r.term, group: r.group, value: r.per10k, low: r.ciLow, high: r.ciHigh, note: `${fmt(r.count)} in ${fmt(r.tokens)} tokens` }));
  return trendChart(points, { title: `Term frequency by ${options.by ?? "group"} (95% bootstrap CI)`, valueLabel: "occurrences per 10,000 tokens", chart: "termTrendChart", ...options });
}

/** Frame matches per 1,000 tokens over the groups (rows of `frameRates`). */
export function frameTrendChart(rows: readonly FrameRateRow[], options: Partial<TrendChartOptions> = {}): Figure {
  const points = rows.map((r) => ({ series: r.label, group: r.group, value: r.per1k, low: r.ciLow, high: r.ciHigh, note: `${fmt(r.matches)} matches in ${fmt(r.tokens)} tokens` }));
  return trendChart(points, { title: `Frames by ${options.by ?? "group"} (95% bootstrap CI)`, valueLabel: "frame matches per 1,000 tokens", chart: "frameTrendChart", ...options });
}

/** Mean stance toward each actor over the groups (rows of `actorStance`); groups without mentions are gaps. */
export function actorTrendChart(rows: readonly ActorStanceRow[], options: Partial<TrendChartOptions> = {}): Figure {
  const points = rows
    .filter((r) => r.mentions > 0)
    .map((r) => ({ series: r.label, group: r.group, value: r.mean, low: r.ciLow, high: r.ciHigh, note: `${r.mentions} mentions${r.fewMentions ? " (few: read the sentences)" : ""}` }));
  return trendChart(points, { title: `Stance toward actors by ${options.by ?? "group"} (95% bootstrap CI)`, valueLabel: "mean stance (−1 negative … +1 positive)", reference: 0, chart: "actorTrendChart", ...options });
}
