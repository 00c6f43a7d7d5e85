import type { ActorStanceRow } from "../analysis/actors/actorStance";
import { sortGroups } from "../corpus/corpus";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, seriesColors, seriesSymbols, themeLayout } from "./theme";

export interface ActorStanceChartOptions extends ThemeOptions {
  /** Grouping field name, for the legend title. */
  by?: string;
  /** Actors shown, in this order. Default: every actor with a row, in registry order. */
  actors?: string[];
}

/**
 * Stance toward each actor by group: a dot at the mean stance with its bootstrap 95% interval as
 * whiskers, groups dodged and told apart by colour and marker; open markers flag few mentions.
 */
export function actorStanceChart(rows: readonly ActorStanceRow[], options: ActorStanceChartOptions = {}): Figure {
  const ids = options.actors ?? [...new Set(rows.map((r) => r.actor))];
  const labels = new Map(rows.map((r) => [r.actor, r.label]));
  const groups = sortGroups(rows.map((r) => r.group));
  const data = groups.map((g, i) => {
    const rs = ids.map((id) => rows.find((r) => r.actor === id && r.group === g));
    const color = seriesColors[i % seriesColors.length];
    const symbol = seriesSymbols[i % seriesSymbols.length];
    return {
      type: "scatter",
      mode: "markers",
      name: escapeLabel(g),
      x: rs.map((r) => r?.mean ?? null),
      y: ids.map((id) => escapeLabel(labels.get(id) ?? id)),
      error_x: { type: "data", symmetric: false, array: rs.map((r) => (r ? r.ciHigh - r.mean : 0)), arrayminus: rs.map((r) => (r ? r.mean - r.ciLow : 0)), thickness: 1.2, width: 4, color },
      customdata: rs.map((r) => (r ? [r.mentions, r.ciLow, r.ciHigh, r.fewMentions ? " (few mentions)" : ""] : [0, 0, 0, ""])),
      hovertemplate: `%{y}<br>${escapeLabel(g)}: %{x:+.2f} (95% CI %{customdata[1]:+.2f} to %{customdata[2]:+.2f})<br>%{customdata[0]} mentions%{customdata[3]}<extra></extra>`,
      marker: {
        color,
        size: 9,
        symbol: rs.map((r) => (r?.fewMentions ? `${symbol}-open` : symbol)),
        line: { color, width: 1.5 },
      },
      offsetgroup: String(i),
    };
  });
  const layout = themeLayout({ title: options.title ?? `Stance toward actors by ${options.by ?? "group"} (95% bootstrap CI)`, height: options.height ?? 120 + ids.length * 44, ...options });
  return {
    data,
    layout: {
      ...layout,
      scattermode: "group",
      xaxis: axis("mean stance (−1 negative … +1 positive); open marker = fewer than 5 mentions", { range: [-1.05, 1.05], zeroline: true, zerolinecolor: palette.neutral }),
      yaxis: axis("", { ticks: "", autorange: "reversed" }),
      legend: { ...(layout.legend as object), title: { text: options.by ?? "" } },
    },
    meta: { chart: "actorStanceChart", options: { by: options.by, actors: ids } },
  };
}
