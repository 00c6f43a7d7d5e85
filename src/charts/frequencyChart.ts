import type { FreqRow } from "../analysis/frequency";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, seriesColors, seriesPatterns, themeLayout } from "./theme";

export interface FrequencyChartOptions extends ThemeOptions {
  /** Terms per group. Default 15. */
  top?: number;
  /** Grouping field name, used in the title. Default "group". */
  by?: string;
}

/**
 * Top terms per group as horizontal bars of the per-10,000-token rate, one panel per group side
 * by side (small multiples share the x scale so panels compare). Hover shows count and document
 * frequency.
 */
export function frequencyChart(rows: readonly FreqRow[], options: FrequencyChartOptions = {}): Figure {
  const top = options.top ?? 15;
  const groups = [...new Set(rows.map((r) => r.group))];
  const n = Math.max(groups.length, 1);
  const gap = 0.08;
  const width = (1 - gap * (n - 1)) / n;
  const maxRate = Math.max(0, ...rows.map((r) => r.per10k));
  const data: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = themeLayout({
    title: options.title ?? `Most frequent terms by ${options.by ?? "group"}`,
    height: options.height ?? Math.max(320, 90 + top * 22),
    ...options,
  });
  groups.forEach((g, i) => {
    const groupRows = rows
      .filter((r) => r.group === g)
      .slice(0, top)
      .reverse(); // Plotly draws the first category at the bottom
    const suffix = i === 0 ? "" : String(i + 1);
    data.push({
      type: "bar",
      orientation: "h",
      name: g,
      x: groupRows.map((r) => r.per10k),
      y: groupRows.map((r) => escapeLabel(r.term)),
      customdata: groupRows.map((r) => [r.count, r.docFreq]),
      hovertemplate: `<b>%{y}</b><br>${escapeLabel(g)}: %{x:.1f} per 10,000 tokens<br>count %{customdata[0]}, in %{customdata[1]} document(s)<extra></extra>`,
      marker: {
        color: seriesColors[i % seriesColors.length],
        pattern: { shape: seriesPatterns[i % seriesPatterns.length], fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 },
      },
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
    });
    const x0 = i * (width + gap);
    layout[`xaxis${suffix}`] = axis("per 10,000 tokens", { domain: [x0, x0 + width], range: [0, maxRate * 1.05], anchor: `y${suffix}` });
    layout[`yaxis${suffix}`] = axis("", { anchor: `x${suffix}`, ticks: "", automargin: true, tickfont: { size: undefined } });
    (layout.annotations as unknown[] | undefined) ?? (layout.annotations = []);
    (layout.annotations as unknown[]).push({
      text: `<b>${escapeLabel(g)}</b>`,
      x: x0 + width / 2,
      y: 1.0,
      xref: "paper",
      yref: "paper",
      xanchor: "center",
      yanchor: "bottom",
      showarrow: false,
    });
  });
  layout.showlegend = false;
  layout.bargap = 0.25;
  return { data, layout, meta: { chart: "frequencyChart", options: { top, by: options.by } } };
}
