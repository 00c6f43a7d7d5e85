import { randomBytes } from "node:crypto";
import type { Figure } from "../charts/figure";
import { figureDiv, plotlyScriptTag } from "../charts/plotlyHtml";
import { TABLE_CSS, type TableOptions, tableHtml } from "../charts/table";

/** A Jupyter MIME bundle: one output, several representations; each front end picks the best. */
export type MimeBundle = Record<string, string | object>;

type WriteDisplayData = (msg: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

/**
 * Sends a MIME bundle as one display_data message. tslab's public `display` sends a single MIME
 * type per output, so several representations of one figure go through the kernel's writer.
 * Outside a tslab kernel (tests, plain node) it returns false and sends nothing.
 */
export function displayBundle(bundle: MimeBundle): boolean {
  let write: WriteDisplayData | null = null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    write = require("tslab/dist/jupyter").lastWriteDisplayData;
  } catch {
    write = null;
  }
  if (!write) return false;
  write({ data: bundle, metadata: {}, transient: {} }, false);
  return true;
}

let plotlySent = false;

export interface ShowOptions {
  /** Include plotly.js in this output even if an earlier output did. */
  includePlotly?: boolean;
}

/**
 * The MIME bundle of a figure: `application/vnd.plotly.v1+json` (VS Code, JupyterLab with the
 * Plotly renderer), `text/html` with plotly.js inlined once per session (Jupyter Notebook/Lab),
 * and `text/plain` naming the chart.
 */
export function figureBundle(figure: Figure, options: ShowOptions & { withPlotly: boolean }): MimeBundle {
  const id = `dk-fig-${randomBytes(6).toString("hex")}`;
  const title = (figure.layout.title as { text?: string } | undefined)?.text ?? figure.meta?.chart ?? "figure";
  return {
    "application/vnd.plotly.v1+json": { data: figure.data, layout: figure.layout },
    "text/html": (options.withPlotly ? plotlyScriptTag() + "\n" : "") + figureDiv(figure, id),
    "text/plain": `[Plotly figure: ${title}]`,
  };
}

/** Shows a Plotly figure in the current notebook cell. */
export function show(figure: Figure, options: ShowOptions = {}): void {
  const withPlotly = options.includePlotly || !plotlySent;
  if (displayBundle(figureBundle(figure, { ...options, withPlotly })) && withPlotly) plotlySent = true;
}

/** Shows records as a sortable HTML table (click a header), with a plain-text fallback. */
export function showTable<T extends object>(rows: readonly T[], options: TableOptions<T> = {}): void {
  const html = `<style>${TABLE_CSS}</style>` + tableHtml(rows, options);
  const plain = `${options.caption ?? "table"}: ${rows.length} rows`;
  displayBundle({ "text/html": html, "text/plain": plain });
}

/** Shows Markdown text (explanations, findings) as a rendered cell output. */
export function showMarkdown(markdown: string): void {
  displayBundle({ "text/markdown": markdown, "text/plain": markdown });
}
