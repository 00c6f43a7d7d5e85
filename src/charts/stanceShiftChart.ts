import type { StanceShiftRow } from "../analysis/actors/stanceShift";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface StanceShiftChartOptions extends ThemeOptions {
  actor?: string;
  labelA?: string;
  labelB?: string;
  /** Words shown. Default 15. */
  top?: number;
}

/**
 * Word shift of stance toward one actor: the words whose weight per mention changed most from A
 * to B (`stanceShift`), bars to the left pulling the stance down in B, to the right lifting it.
 */
export function stanceShiftChart(rows: readonly StanceShiftRow[], options: StanceShiftChartOptions = {}): Figure {
  const top = options.top ?? 15;
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const ranked = rows.slice(0, top).reverse();
  const layout = themeLayout({
    title: options.title ?? `What moved the stance toward ${options.actor ?? "the actor"}: ${labelA} → ${labelB}`,
    height: options.height ?? Math.max(320, 100 + ranked.length * 22),
    ...options,
  });
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: ranked.map((r) => r.shift),
        y: ranked.map((r) => escapeLabel(r.word)),
        customdata: ranked.map((r) => [r.contributionA, r.contributionB, r.countA, r.countB]),
        hovertemplate: `<b>%{y}</b><br>shift %{x:+.3f} per mention<br>${escapeLabel(labelA)}: %{customdata[0]:+.3f} (%{customdata[2]} mentions)<br>${escapeLabel(labelB)}: %{customdata[1]:+.3f} (%{customdata[3]} mentions)<extra></extra>`,
        marker: {
          color: ranked.map((r) => (r.shift >= 0 ? palette.a : palette.b)),
          pattern: { shape: ranked.map((r) => (r.shift >= 0 ? "" : "/")), fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 },
        },
        showlegend: false,
      },
    ],
    layout: {
      ...layout,
      xaxis: axis(`change in weight per mention (← lowers stance in ${labelB} · raises it →)`, { zeroline: true }),
      yaxis: axis("", { ticks: "" }),
    },
    meta: { chart: "stanceShiftChart", options: { actor: options.actor, top, labelA, labelB } },
  };
}
