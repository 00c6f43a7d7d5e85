import type { KeynessRow } from "../analysis/keyness";
import { topKeyTerms } from "../analysis/keyness";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface KeynessChartOptions extends ThemeOptions {
  /** Key terms per side. Default 12. */
  top?: number;
  /** Names of the two groups, for the legend. Default "A", "B". */
  labelA?: string;
  labelB?: string;
  /** Bar length: "g2" (signed G², default), "logRatio" or "logOddsZ". */
  measure?: "g2" | "logRatio" | "logOddsZ";
}

const MEASURE_TITLE = {
  g2: "signed log-likelihood G²",
  logRatio: "Log Ratio (log2 of the rate ratio)",
  logOddsZ: "log-odds z (Dirichlet prior)",
};

/**
 * Diverging bars of the top key terms of each side (quanteda's `textplot_keyness`): A's terms to
 * the right in blue, B's to the left in hatched vermillion. Terms resting on fewer than 5
 * occurrences are marked with "°".
 */
export function keynessChart(rows: readonly KeynessRow[], options: KeynessChartOptions = {}): Figure {
  const top = options.top ?? 12;
  const measure = options.measure ?? "g2";
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const { a, b } = topKeyTerms(rows, top);
  const trace = (side: KeynessRow[], name: string, color: string, pattern: string) => {
    const ordered = [...side].reverse(); // largest at the top
    return {
      type: "bar",
      orientation: "h",
      name,
      x: ordered.map((r) => r[measure]),
      y: ordered.map((r) => escapeLabel(r.term) + (r.lowCount ? " °" : "")),
      customdata: ordered.map((r) => [r.countA, r.countB, r.fisherP, r.pAdjusted, r.logRatio]),
      hovertemplate:
        `<b>%{y}</b><br>${escapeLabel(labelA)}: %{customdata[0]}, ${escapeLabel(labelB)}: %{customdata[1]}` +
        `<br>${measure} %{x:.2f}, Log Ratio %{customdata[4]:.2f}<br>Fisher p %{customdata[2]:.3g}, adjusted %{customdata[3]:.3g}<extra></extra>`,
      marker: { color, pattern: { shape: pattern, fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 } },
    };
  };
  const layout = themeLayout({
    title: options.title ?? `Key terms: ${labelA} vs ${labelB}`,
    height: options.height ?? Math.max(360, 120 + (a.length + b.length) * 20),
    ...options,
  });
  return {
    data: [trace(b, `more in ${labelB}`, palette.b, "/"), trace(a, `more in ${labelA}`, palette.a, "")],
    layout: {
      ...layout,
      barmode: "relative",
      // The low-count note sits in the axis title, where no margin can clip it.
      xaxis: axis(`${MEASURE_TITLE[measure]}, + = more in ${escapeLabel(labelA)}${[...a, ...b].some((r) => r.lowCount) ? "<br>° fewer than 5 occurrences" : ""}`, { zeroline: true }),
      yaxis: axis("", { ticks: "", categoryorder: "array", categoryarray: [...[...b].reverse(), ...[...a].reverse()].map((r) => escapeLabel(r.term) + (r.lowCount ? " °" : "")) }),
    },
    meta: { chart: "keynessChart", options: { top, measure, labelA, labelB } },
  };
}
