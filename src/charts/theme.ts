/**
 * One look for every chart. Colours are the Okabe & Ito (2008) colour-blind-safe palette; the two
 * sides of a comparison also differ in marker symbol and bar pattern, so they survive grayscale
 * printing. Sizes are CSS pixels (96 per inch): a single journal column is 3.5 in = 336 px, a
 * double column 7 in = 672 px; 9 pt type is 12 px.
 */
import { type LabelPlan, relabel } from "./labelPlacement";

export const palette = {
  a: "#0072B2", // blue
  b: "#D55E00", // vermillion
  c: "#009E73", // bluish green
  d: "#CC79A7", // reddish purple
  e: "#E69F00", // orange
  f: "#56B4E9", // sky blue
  g: "#F0E442", // yellow
  neutral: "#6E6E6E",
  grid: "#E5E5E5",
  ink: "#222222",
} as const;

/** Series colours in order, for charts with more than two groups. */
export const seriesColors = [palette.a, palette.b, palette.c, palette.d, palette.e, palette.f, palette.neutral];
/** Marker symbols paired with `seriesColors`. */
export const seriesSymbols = ["circle", "square", "diamond", "triangle-up", "cross", "x", "star"];
/** Bar patterns paired with `seriesColors` ("" = solid). */
export const seriesPatterns = ["", "/", ".", "x", "\\", "+", "-"];

export type Preset = "screen" | "paper" | "paper-wide";

export interface PresetSpec {
  width: number;
  height: number;
  font: number;
  titleFont: number;
}

export const presets: Record<Preset, PresetSpec> = {
  screen: { width: 900, height: 520, font: 13, titleFont: 16 },
  paper: { width: 336, height: 300, font: 11, titleFont: 12 }, // 3.5 in column, ~8–9 pt type
  "paper-wide": { width: 672, height: 380, font: 12, titleFont: 13 }, // 7 in, 9–10 pt type
};

export interface ThemeOptions {
  /** "screen" (default), "paper" (single column, 3.5 in) or "paper-wide" (double column, 7 in). */
  preset?: Preset;
  /** Override the preset's width or height (CSS px). */
  width?: number;
  height?: number;
  title?: string;
}

const FONT_FAMILY = "Helvetica, Arial, 'DejaVu Sans', sans-serif";

/** The shared layout: fonts, margins, white background, light grid, legend placement. */
export function themeLayout(options: ThemeOptions = {}): Record<string, unknown> {
  const p = presets[options.preset ?? "screen"];
  const paper = options.preset === "paper" || options.preset === "paper-wide";
  const titled = Boolean(options.title);
  return {
    width: options.width ?? p.width,
    height: options.height ?? p.height,
    font: { family: FONT_FAMILY, size: p.font, color: palette.ink },
    // Title on the first line, legend on the line below it, both left-aligned above the plot: they
    // never collide, at a 3.5 in column or on screen.
    title: titled
      ? { text: options.title, font: { size: p.titleFont }, x: 0, xref: "paper", xanchor: "left", y: 1, yref: "container", yanchor: "top", pad: { t: paper ? 4 : 10 } }
      : undefined,
    legend: { orientation: "h", x: 0, xanchor: "left", y: 1, yanchor: "bottom", xref: "paper", yref: "paper", font: { size: p.font } },
    paper_bgcolor: "#FFFFFF",
    plot_bgcolor: "#FFFFFF",
    margin: paper
      ? { l: 8, r: 12, t: titled ? 30 + p.font * 2.4 : 12 + p.font * 2.4, b: 8, pad: 0 }
      : { l: 16, r: 24, t: titled ? 48 + p.font * 2.4 : 16 + p.font * 2.4, b: 16 },
    hoverlabel: { font: { family: FONT_FAMILY } },
  };
}

/** Axis defaults: light grid, dark zero line, automargin so long term labels are not clipped. */
export function axis(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { text: title },
    gridcolor: palette.grid,
    zerolinecolor: "#9A9A9A",
    linecolor: "#9A9A9A",
    ticks: "outside",
    automargin: true,
    ...extra,
  };
}

/**
 * The same figure restyled for another preset: width, fonts, margins, title and legend from the
 * preset; height scaled with the width (so rows keep their proportions) unless given.
 */
export function applyPreset<F extends { data: Record<string, unknown>[]; layout: Record<string, unknown> }>(figure: F, preset: Preset, height?: number): F {
  const oldWidth = (figure.layout.width as number | undefined) ?? presets.screen.width;
  const oldHeight = (figure.layout.height as number | undefined) ?? presets.screen.height;
  const spec = presets[preset];
  const title = (figure.layout.title as { text?: string } | undefined)?.text;
  const scaled = Math.round(Math.min(Math.max(oldHeight * (spec.width / oldWidth) * (presets.screen.font / spec.font) * 0.85, 0.6 * spec.width), 2.2 * spec.width));
  // Tall enough for a line of type per bar, so that every bar keeps its label (subplots stand side by side).
  const bars = categoryAxes(figure.data);
  const rows = Math.max(0, ...bars.values());
  const plan = (figure as { meta?: { labels?: LabelPlan } }).meta?.labels;
  // A labelled scatter stays about square, so its labels have room at a column's width.
  const least = plan ? Math.min(spec.width, 520) + 60 : Math.round(rows * spec.font * 1.5 + 130);
  const base = themeLayout({ preset, title, height: height ?? Math.max(scaled, least) });
  const layout: Record<string, unknown> = { ...figure.layout, ...base, legend: { ...(figure.layout.legend as object), ...(base.legend as object) } };
  const restyled = { ...figure, layout: labelEveryBar(layout, bars) };
  return plan ? relabel(restyled, plan) : restyled;
}

/** The y axes ("yaxis", "yaxis2"…) that hold categories (bars or dots per term or frame), and how many each. */
function categoryAxes(data: readonly Record<string, unknown>[]): Map<string, number> {
  const categories = new Map<string, Set<unknown>>();
  for (const trace of data) {
    const ys = trace.y as unknown[] | undefined;
    if (!Array.isArray(ys) || !ys.length || !ys.every((y) => typeof y === "string")) continue;
    const key = `yaxis${String(trace.yaxis ?? "y").slice(1)}`;
    if (!categories.has(key)) categories.set(key, new Set());
    for (const y of ys) categories.get(key)!.add(y);
  }
  return new Map([...categories].map(([k, v]) => [k, v.size]));
}

/**
 * A tick on every category: left to itself, Plotly labels every other bar once labels are dense,
 * as they are at a journal's column width.
 */
export function labelEveryBar(layout: Record<string, unknown>, bars: Map<string, number> = new Map()): Record<string, unknown> {
  const out = { ...layout };
  for (const key of bars.keys()) out[key] = { ...(out[key] as object | undefined), tickmode: "linear", dtick: 1 };
  return out;
}
