import type { KeynessRow } from "../analysis/keyness";
import { proportionShift } from "../analysis/stats/proportionShift";
import { type Figure, escapeLabel } from "./figure";
import { type ThemeOptions, axis, palette, themeLayout } from "./theme";

export interface WordShiftOptions extends ThemeOptions {
  labelA?: string;
  labelB?: string;
  /** Terms shown. Default 20. */
  top?: number;
}

/**
 * Word shift graph of proportion shifts (Gallagher et al. 2021, shifterator's
 * `ProportionShift`): the terms whose change in relative frequency contributes most to the
 * difference between A and B, ranked by |p_A − p_B|, in percentage points; positive = more in A.
 */
export function wordShiftChart(rows: readonly KeynessRow[], options: WordShiftOptions = {}): Figure {
  const top = options.top ?? 20;
  const labelA = options.labelA ?? "A";
  const labelB = options.labelB ?? "B";
  const ranked = rows
    .map((r) => ({ r, shift: proportionShift(r) * 100 }))
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift) || (x.r.term < y.r.term ? -1 : 1))
    .slice(0, top)
    .reverse();
  const layout = themeLayout({ title: options.title ?? `Word shift: ${labelA} vs ${labelB}`, height: options.height ?? Math.max(360, 100 + ranked.length * 20), ...options });
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: ranked.map((x) => x.shift),
        y: ranked.map((x) => escapeLabel(x.r.term)),
        customdata: ranked.map((x) => [x.r.countA, x.r.countB]),
        hovertemplate: `<b>%{y}</b><br>%{x:+.2f} percentage points<br>${escapeLabel(labelA)}: %{customdata[0]}, ${escapeLabel(labelB)}: %{customdata[1]}<extra></extra>`,
        marker: {
          color: ranked.map((x) => (x.shift >= 0 ? palette.a : palette.b)),
          pattern: { shape: ranked.map((x) => (x.shift >= 0 ? "" : "/")), fillmode: "overlay", fgcolor: "#FFFFFF", size: 6 },
        },
        showlegend: false,
      },
    ],
    layout: {
      ...layout,
      xaxis: axis(`proportion shift, percentage points (← more in ${labelB} · more in ${labelA} →)`, { zeroline: true }),
      yaxis: axis("", { ticks: "" }),
    },
    meta: { chart: "wordShiftChart", options: { top, labelA, labelB } },
  };
}
