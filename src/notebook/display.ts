import { randomBytes } from "node:crypto";
import type { ActorMention } from "../analysis/actors/actorMentions";
import type { Figure } from "../charts/figure";
import { mentionHtml, scoreText } from "../charts/mentionHtml";
import { type PlotlyBundle, bundleFor, figureDiv, plotlyScriptTag } from "../charts/plotlyHtml";
import { TABLE_CSS, type TableOptions, escapeHtml, tableHtml } from "../charts/table";
import { backgroundRenderer } from "../export/backgroundRenderer";

/** A Jupyter MIME bundle: one output, several representations; each front end picks the best. */
export type MimeBundle = Record<string, string | object>;

type WriteDisplayData = (msg: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

function kernelWriter(): WriteDisplayData | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require("tslab/dist/jupyter").lastWriteDisplayData ?? null;
  } catch {
    return null;
  }
}

/** True inside a running tslab kernel. */
function inKernel(): boolean {
  return kernelWriter() !== null;
}

/**
 * Sends a MIME bundle as one display_data message (update_display_data for `place.update`).
 * tslab's public `display` sends a single MIME type per output, so several representations of one
 * figure go through the kernel's writer.
 * Outside a tslab kernel (tests, plain node) it returns false and sends nothing.
 */
export function displayBundle(bundle: MimeBundle, place?: { id: string; update: boolean }): boolean {
  const write = kernelWriter();
  if (!write) return false;
  // With a display id, a later bundle (`update`) replaces this output where it stands.
  write({ data: bundle, metadata: {}, transient: place ? { display_id: place.id } : {} }, place?.update ?? false);
  return true;
}

/** The plotly.js an earlier output of this session carried: a figure needing more carries the full one. */
let plotlySent: PlotlyBundle | undefined;

export interface ShowOptions {
  /** Include plotly.js in this output even if an earlier output did. */
  includePlotly?: boolean;
  /**
   * Add a static SVG rendered in headless Chromium, for viewers that run no scripts (GitHub,
   * nbviewer, exported HTML). Default true; skipped quietly when Chromium is not installed.
   */
  static?: boolean;
}

/**
 * The MIME bundle of a figure: `application/vnd.plotly.v1+json` (VS Code, JupyterLab with the
 * Plotly renderer), `text/html` with plotly.js inlined once per session, or again where a figure
 * needs the full bundle after the basic one (Jupyter Notebook/Lab),
 * `image/svg+xml` when a static rendering is given, and `text/plain` naming the chart. The static
 * SVG also sits inside the HTML div until plotly.js replaces it with the interactive chart.
 */
export function figureBundle(figure: Figure, options: { withPlotly: PlotlyBundle | false; svg?: string }): MimeBundle {
  const id = `dk-fig-${randomBytes(6).toString("hex")}`;
  const title = (figure.layout.title as { text?: string } | undefined)?.text ?? figure.meta?.chart ?? "figure";
  const bundle: MimeBundle = {
    "application/vnd.plotly.v1+json": { data: figure.data, layout: figure.layout },
    "text/html": (options.withPlotly ? plotlyScriptTag(options.withPlotly) + "\n" : "") + figureDiv(figure, id, options.svg),
  };
  if (options.svg) bundle["image/svg+xml"] = options.svg;
  bundle["text/plain"] = `[Plotly figure: ${title}]`;
  return bundle;
}

/**
 * Shows a Plotly figure in the current notebook cell: interactive in Jupyter and VS Code, static
 * in viewers without scripts. Use it with `await` so the output lands in this cell.
 */
export async function show(figure: Figure, options: ShowOptions = {}): Promise<void> {
  if (!inKernel()) return;
  let svg: string | undefined;
  if (options.static !== false) {
    const width = (figure.layout.width as number | undefined) ?? 700;
    const height = (figure.layout.height as number | undefined) ?? 450;
    // Without Chromium the figure is shown without its static copy.
    svg = await backgroundRenderer().svg(figure, width, height).catch(() => undefined);
  }
  // Never a smaller bundle than one sent before: it would replace window.Plotly in the page.
  const bundle: PlotlyBundle = plotlySent === "full" ? "full" : bundleFor([figure]);
  const include = options.includePlotly || plotlySent === undefined || (plotlySent === "basic" && bundle === "full");
  const withPlotly = include ? bundle : false;
  if (displayBundle(figureBundle(figure, { withPlotly, svg })) && withPlotly) plotlySent = withPlotly;
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

/** Shows a PNG or SVG image (for instance an exported figure) in the current cell. */
export function showImage(image: Uint8Array | string): void {
  if (typeof image === "string") displayBundle({ "image/svg+xml": image, "text/plain": "[SVG image]" });
  else displayBundle({ "image/png": Buffer.from(image).toString("base64"), "text/plain": "[PNG image]" });
}

/**
 * Shows the sentences behind a stance: each mention's sentence with the actor in bold, the words
 * that moved its score underlined, the score and those words' weights.
 */
export function showMentions(mentions: readonly ActorMention[], caption?: string): void {
  const html = `${caption ? `<p><b>${escapeHtml(caption)}</b></p>` : ""}<ul class="dk-mentions">${mentions.map(mentionHtml).join("")}</ul>`;
  const plain = mentions.map((m) => `${scoreText(m)} ${m.label} [${m.doc}] ${m.sentenceText}`).join("\n");
  displayBundle({ "text/html": html, "text/plain": (caption ? caption + "\n" : "") + plain });
}

// In a Jupyter kernel Chromium starts as the kit is imported, while the first cells read and count
// the corpus, rather than when the first figure is shown.
if (process.env.JPY_PARENT_PID) backgroundRenderer();
