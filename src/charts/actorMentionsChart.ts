import type { ActorStanceRow } from "../analysis/actors/actorStance";
import { sortGroups } from "../corpus/corpus";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, seriesColors, seriesPatterns, themeLayout } from "./theme";

export interface ActorMentionsChartOptions extends ThemeOptions {
  by?: string;
  actors?: string[];
}

/** Mentions counted per actor and group (grouped horizontal bars): how much each stance rests on. */
export function actorMentionsChart(rows: readonly ActorStanceRow[], options: ActorMentionsChartOptions = {}): Figure {
  const ids = options.actors ?? [...new Set(rows.map((r) => r.actor))];
  const labels = new Map(rows.map((r) => [r.actor, r.label]));
  const groups = sortGroups(rows.map((r) => r.group));
  const data = groups.map((g, i) => {
    const rs = ids.map((id) => rows.find((r) => r.actor === id && r.group === g));
    return {
      type: "bar",
      orientation: "h",
      name: escapeLabel(g),
      x: rs.map((r) => r?.mentions ?? 0),
      y: ids.map((id) => escapeLabel(labels.get(id) ?? id)),
      customdata: rs.map((r) => r?.direct ?? 0),
      hovertemplate: `%{y}<br>${escapeLabel(g)}: %{x} mentions (%{customdata} by its own names)<extra></extra>`,
      marker: {
        color: seriesColors[i % seriesColors.length],
        pattern: { shape: seriesPatterns[i % seriesPatterns.length], fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 },
      },
    };
  });
  const layout = themeLayout({ title: options.title ?? `Mentions per actor by ${options.by ?? "group"}`, height: options.height ?? 120 + ids.length * 36, ...options });
  return {
    data,
    layout: {
      ...layout,
      barmode: "group",
      xaxis: axis("mentions counted", { rangemode: "tozero" }),
      yaxis: axis("", { ticks: "", autorange: "reversed" }),
      legend: { ...(layout.legend as object), title: { text: options.by ?? "" } },
    },
    meta: { chart: "actorMentionsChart", options: { by: options.by, actors: ids } },
  };
}
