import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "./figure";

/**
 * Which plotly.js a page loads: "basic" (plotly.js-basic-dist-min: scatter, bar and pie, 1.2 MB)
 * when every trace of its figures is one of those, as every chart of the kit is; "full"
 * (plotly.js-dist, 4.8 MB minified) for any other trace type. Both are the same plotly.js release
 * (a test holds the versions equal and the kit's charts drawn alike); Chromium parses the basic
 * bundle in a third of the time, and a report or notebook that inlines it is a quarter the size.
 */
export type PlotlyBundle = "basic" | "full";

const BASIC_TRACES = new Set(["scatter", "bar", "pie"]);

/** The bundle that draws every trace of `figures` (a trace without a type is a scatter). */
export function bundleFor(figures: readonly Figure[]): PlotlyBundle {
  return figures.every((f) => f.data.every((t) => BASIC_TRACES.has(String((t as { type?: unknown }).type ?? "scatter")))) ? "basic" : "full";
}

const cachedSource = new Map<PlotlyBundle, string>();

/**
 * Where plotly.js is on disk, from the installed packages (never a CDN). The full bundle: the
 * minified copy the build writes to dist/vendor when present, else plotly.js-dist's own file.
 */
export function plotlyVendorPath(bundle: PlotlyBundle = "full"): string {
  if (bundle === "basic") return require.resolve("plotly.js-basic-dist-min");
  const minified = join(__dirname, "..", "vendor", "plotly.min.js");
  return existsSync(minified) ? minified : require.resolve("plotly.js-dist");
}

/** The plotly.js source, safe to inline in a <script> element. */
function plotlySource(bundle: PlotlyBundle): string {
  let source = cachedSource.get(bundle);
  if (source === undefined) {
    // "</script" inside the library would end an inline <script> early.
    source = readFileSync(plotlyVendorPath(bundle), "utf8").replace(/<\/script/gi, "<\\/script");
    cachedSource.set(bundle, source);
  }
  return source;
}

/** A `<script>` defining window.Plotly, to include once in a page. */
export function plotlyScriptTag(bundle: PlotlyBundle = "full"): string {
  return `<script type="text/javascript">${plotlySource(bundle)}</script>`;
}

/** JSON that is safe inside a <script>: "<" is escaped so no text can close the tag. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const PLOT_CONFIG = { responsive: true, displaylogo: false, toImageButtonOptions: { format: "svg" } };

/**
 * A `<div>` and the script that draws `figure` in it with window.Plotly. An optional static SVG
 * fills the div until then, so viewers that run no scripts still show the chart; if plotly.js is
 * missing the div keeps the SVG (or says how to load plotly.js) instead of staying blank.
 */
export function figureDiv(figure: Figure, id: string, staticSvg?: string): string {
  const { data, layout } = figure;
  return (
    `<div id="${id}" class="dk-figure" style="max-width:100%">${staticSvg ?? ""}</div>\n` +
    `<script type="text/javascript">(function(){var el=document.getElementById(${scriptJson(id)});` +
    `if(!window.Plotly){if(!el.firstChild)el.textContent="plotly.js is not loaded in this page: rerun the notebook from the top (it is loaded with the first figure).";return;}` +
    `el.innerHTML="";window.Plotly.newPlot(el,${scriptJson(data)},${scriptJson(layout)},${scriptJson(PLOT_CONFIG)});})();</script>`
  );
}
