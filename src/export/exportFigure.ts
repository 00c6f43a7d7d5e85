import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Figure } from "../charts/figure";
import { type PlotlyBundle, bundleFor, plotlyVendorPath } from "../charts/plotlyHtml";
import { DiscourseError } from "../errors";
import { writeFileAtomic } from "../io/atomicWrite";
import { runningRenderer } from "./backgroundRenderer";
import { blockNetwork, launchBrowser } from "./browser";
import { requireCjkFont } from "./cjkFont";
import { insertPngChunks, physChunk, textChunk } from "./pngChunks";
import { type Provenance, provenanceOf } from "./provenance";
import { vectorizePatterns } from "./vectorPatterns";

export type FigureFormat = "svg" | "png" | "pdf";

export interface ExportOptions {
  /** Size in CSS pixels (96 per inch). Default: the figure's layout width/height, else 700×450. */
  width?: number;
  height?: number;
  /** PNG pixel multiplier. Default: dpi / 96. */
  scale?: number;
  /** PNG resolution in dots per inch, written into the file. Default 300. */
  dpi?: number;
  /** Corpus the figure was computed from, recorded in the file's metadata. */
  corpus?: { name: string; hash: string };
}

/** SVG renderings an exporter keeps (`FigureExporter.svg`). */
const RECENT_RENDERINGS = 8;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Puts provenance into an SVG as a <metadata> element (and the title as <title>). */
function svgWithProvenance(svg: string, p: Provenance): string {
  const meta = `<metadata id="discourse-kit-provenance">${escapeXml(JSON.stringify(p))}</metadata>` + (p.title ? `<title>${escapeXml(p.title)}</title>` : "");
  return svg.replace(/<svg\b[^>]*>/, (open) => open + meta);
}

/**
 * Renders Plotly figures to SVG, PNG and PDF in headless Chromium. One browser and page serve a
 * whole batch (a cold start of a few seconds, then a fraction of a second per figure); call
 * `close()` at the end.
 */
export class FigureExporter {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly plotPage: Page,
    /** Requests the pages tried to make and were refused: stays empty when all is local. */
    readonly blocked: string[],
  ) {}

  static async open(): Promise<FigureExporter> {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ offline: true });
      // Blocked for the whole context, so a page opened later (the PDF page) is held to it too.
      const blocked = await blockNetwork(context);
      const plotPage = await context.newPage();
      await loadPlotly(plotPage, "basic");
      return new FigureExporter(browser, context, plotPage, blocked);
    } catch (err) {
      await browser.close();
      throw err;
    }
  }

  /**
   * The last few SVG renderings by figure and size: a figure is often written as SVG, PNG and PDF
   * in one batch, or shown in a notebook and then exported, and Plotly lays it out once for all.
   */
  private readonly rendered = new Map<string, string>();

  /** The page PDFs are printed on, opened with the first PDF: a notebook that only shows figures needs none. */
  private pdfPage?: Promise<Page>;

  /** The plotly.js the plot page has loaded: the basic bundle until a figure needs the full one. */
  private bundle: PlotlyBundle = "basic";

  /** SVG markup of a figure (vector, with real <text>). */
  async svg(figure: Figure, width: number, height: number): Promise<string> {
    const key = `${width}×${height} ${JSON.stringify([figure.data, figure.layout])}`;
    let svg = this.rendered.get(key);
    if (svg === undefined) {
      const url = await this.render(figure, width, height);
      svg = decodeURIComponent(url.slice(url.indexOf(",") + 1));
      this.rendered.set(key, svg);
      if (this.rendered.size > RECENT_RENDERINGS) this.rendered.delete(this.rendered.keys().next().value!);
    }
    return svg;
  }

  /**
   * PNG bytes of a figure at `scale` device pixels per CSS pixel: its SVG drawn on a canvas of that
   * many pixels, as Plotly's own toImage makes a PNG.
   */
  async png(figure: Figure, width: number, height: number, scale: number): Promise<Buffer> {
    const svg = await this.svg(figure, width, height);
    const url = await this.plotPage.evaluate(
      async ({ svg, width, height }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        canvas.getContext("2d")!.drawImage(img, 0, 0, width, height);
        return canvas.toDataURL("image/png");
      },
      { svg, width: Math.round(width * scale), height: Math.round(height * scale) },
    );
    return Buffer.from(url.slice(url.indexOf(",") + 1), "base64");
  }

  private async render(figure: Figure, width: number, height: number): Promise<string> {
    if (this.bundle === "basic" && bundleFor([figure]) === "full") {
      await loadPlotly(this.plotPage, "full");
      this.bundle = "full";
    }
    return this.plotPage.evaluate(
      async ({ data, layout, width, height }) => {
        const Plotly = (window as unknown as { Plotly: any }).Plotly;
        const div = document.createElement("div");
        document.body.appendChild(div);
        try {
          await Plotly.newPlot(div, data, { ...layout, width, height }, { staticPlot: true });
          return (await Plotly.toImage(div, { format: "svg", width, height })) as string;
        } finally {
          Plotly.purge(div);
          div.remove();
        }
      },
      { data: figure.data, layout: figure.layout, width, height },
    );
  }

  /** PDF bytes: the SVG printed on a page of the figure's size, so text and shapes stay vector. */
  async pdf(figure: Figure, width: number, height: number): Promise<Buffer> {
    const svg = await this.svg(figure, width, height);
    this.pdfPage ??= this.context.newPage();
    const page = await this.pdfPage;
    await page.setContent(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{margin:0}html,body{margin:0;padding:0}svg{display:block}</style></head><body>${svg}</body></html>`,
    );
    await page.evaluate(vectorizePatterns);
    return page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, pageRanges: "1" });
  }

  /**
   * Writes `figure` to `path`; the extension (.svg, .png, .pdf) picks the format. The file carries
   * provenance: kit version, corpus name and hash, analysis and options (SVG <metadata>, PNG tEXt,
   * PDF document info). Written to a temporary file and renamed into place.
   */
  async export(figure: Figure, path: string, options: ExportOptions = {}): Promise<string> {
    requireCjkFont(figure, path);
    const format = extname(path).slice(1).toLowerCase();
    if (format !== "svg" && format !== "png" && format !== "pdf") {
      throw new DiscourseError(`unknown figure format ".${format}"; use .svg, .png or .pdf`, { file: path });
    }
    const width = Math.round(options.width ?? (figure.layout.width as number | undefined) ?? 700);
    const height = Math.round(options.height ?? (figure.layout.height as number | undefined) ?? 450);
    const provenance = provenanceOf(figure, options.corpus);
    if (format === "svg") {
      writeFileAtomic(path, svgWithProvenance(await this.svg(figure, width, height), provenance));
    } else if (format === "png") {
      const dpi = options.dpi ?? (options.scale ? options.scale * 96 : 300);
      const scale = options.scale ?? dpi / 96;
      const png = await this.png(figure, width, height, scale);
      writeFileAtomic(
        path,
        insertPngChunks(png, [
          physChunk(dpi),
          textChunk("Software", provenance.kit),
          ...(provenance.title ? [textChunk("Title", provenance.title)] : []),
          textChunk("Comment", JSON.stringify(provenance)),
        ]),
      );
    } else {
      writeFileAtomic(path, await withPdfInfo(await this.pdf(figure, width, height), provenance));
    }
    return path;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * Opens a blank page that loads plotly.js from its file. Loading by URL lets Chromium parse the
 * script as a file; passing it through `addScriptTag` as a string takes twice as long.
 */
async function loadPlotly(page: Page, bundle: PlotlyBundle): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "discourse-kit-export-"));
  try {
    const html = join(dir, "plot.html");
    const script = pathToFileURL(plotlyVendorPath(bundle)).href;
    writeFileSync(html, `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="${script}"></script></head><body></body></html>`);
    await page.goto(pathToFileURL(html).href);
    const loaded = await page.evaluate(() => typeof (window as unknown as { Plotly?: unknown }).Plotly === "object");
    if (!loaded) throw new DiscourseError(`plotly.js did not load in Chromium from ${plotlyVendorPath(bundle)}; run npm run build`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sets the PDF document info (Title, Subject = provenance JSON, Keywords, Creator) with pdf-lib. */
async function withPdfInfo(pdf: Buffer, p: Provenance): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PDFDocument } = require("pdf-lib") as typeof import("pdf-lib");
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (p.title) doc.setTitle(p.title);
  doc.setSubject(JSON.stringify(p));
  doc.setKeywords(["discourse-kit", p.analysis ?? "figure", p.corpus ? `corpus:${p.corpus.hash}` : "corpus:none"]);
  doc.setCreator(p.kit);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Exports one figure (launching and closing a browser). For many figures use `exportFigures`. */
export async function exportFigure(figure: Figure, path: string, options: ExportOptions = {}): Promise<string> {
  const exporter = await FigureExporter.open();
  try {
    return await exporter.export(figure, path, options);
  } finally {
    await exporter.close();
  }
}

/** Exports a batch with one browser; `progress` hears about each file written. */
export async function exportFigures(
  items: readonly { figure: Figure; path: string; options?: ExportOptions }[],
  options: ExportOptions = {},
  progress: (path: string, index: number, total: number) => void = () => {},
): Promise<string[]> {
  if (items.length === 0) return [];
  // In a notebook kernel Chromium is already running in a thread of its own: that one writes.
  const running = runningRenderer();
  const exporter = running ? undefined : await FigureExporter.open();
  try {
    const written: string[] = [];
    for (const [i, item] of items.entries()) {
      written.push(await (running ?? exporter!).export(item.figure, item.path, { ...options, ...item.options }));
      progress(item.path, i + 1, items.length);
    }
    return written;
  } finally {
    await exporter?.close();
  }
}
