import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "./figure";

let cachedSource: string | undefined;

/**
 * The plotly.js library from the installed plotly.js-dist package (never a CDN): the minified
 * copy the build writes to dist/vendor when present, else the package's own file.
 */
export function plotlySource(): string {
  if (cachedSource === undefined) {
    const minified = join(__dirname, "..", "vendor", "plotly.min.js");
    const path = existsSync(minified) ? minified : require.resolve("plotly.js-dist");
    // "</script" inside the library would end an inline <script> early.
    cachedSource = readFileSync(path, "utf8").replace(/<\/script/gi, "<\\/script");
  }
  return cachedSource;
}

/** A `<script>` defining window.Plotly, to include once in a page. */
export function plotlyScriptTag(): string {
  return `<script type="text/javascript">${plotlySource()}</script>`;
}

/** JSON that is safe inside a <script>: "<" is escaped so no text can close the tag. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const PLOT_CONFIG = { responsive: true, displaylogo: false, toImageButtonOptions: { format: "svg" } };

/**
 * A `<div>` and the script that draws `figure` in it with window.Plotly. If plotly.js is missing
 * the div says how to load it instead of staying blank.
 */
export function figureDiv(figure: Figure, id: string): string {
  const { data, layout } = figure;
  return (
    `<div id="${id}" class="dk-figure" style="max-width:100%"></div>\n` +
    `<script type="text/javascript">(function(){var el=document.getElementById(${scriptJson(id)});` +
    `if(!window.Plotly){el.textContent="plotly.js is not loaded in this page: rerun the notebook from the top (it is loaded with the first figure).";return;}` +
    `window.Plotly.newPlot(el,${scriptJson(data)},${scriptJson(layout)},${scriptJson(PLOT_CONFIG)});})();</script>`
  );
}
