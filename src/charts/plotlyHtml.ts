import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "./figure";

let cachedSource: string | undefined;

/**
 * Where plotly.js is on disk, from the installed plotly.js-dist package (never a CDN): the
 * minified copy the build writes to dist/vendor when present, else the package's own file.
 */
export function plotlyVendorPath(): string {
  const minified = join(__dirname, "..", "vendor", "plotly.min.js");
  return existsSync(minified) ? minified : require.resolve("plotly.js-dist");
}

/** The plotly.js source, safe to inline in a <script> element. */
function plotlySource(): string {
  if (cachedSource === undefined) {
    // "</script" inside the library would end an inline <script> early.
    cachedSource = readFileSync(plotlyVendorPath(), "utf8").replace(/<\/script/gi, "<\\/script");
  }
  return cachedSource;
}

/** A `<script>` defining window.Plotly, to include once in a page. */
export function plotlyScriptTag(): string {
  return `<script type="text/javascript">${plotlySource()}</script>`;
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
