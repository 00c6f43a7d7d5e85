/**
 * The thread behind `BackgroundRenderer`: opens a `FigureExporter` as soon as it starts, then
 * answers each { id, figure, width, height } with { id, svg }, and each { id, figure, path,
 * options } (a file to write) with { id, path }; or with { id, error }.
 */
import { parentPort } from "node:worker_threads";
import type { Figure } from "../charts/figure";
import { DiscourseError } from "../errors";
import { type ExportOptions, FigureExporter } from "./exportFigure";

interface Request {
  id: number;
  figure: Figure;
  width: number;
  height: number;
  /** A file to write (its extension picks the format), instead of SVG markup to return. */
  path?: string;
  options?: ExportOptions;
}

const opened = FigureExporter.open();
// A failure to open is answered request by request (no Chromium: no static rendering).
opened.catch(() => {});

parentPort?.on("message", async (r: Request) => {
  try {
    const exporter = await opened;
    if (r.path !== undefined) parentPort!.postMessage({ id: r.id, path: await exporter.export(r.figure, r.path, r.options) });
    else parentPort!.postMessage({ id: r.id, svg: await exporter.svg(r.figure, r.width, r.height) });
  } catch (err) {
    // A DiscourseError (no Chromium, an unknown format) crosses as its parts, to be one again.
    const where = err instanceof DiscourseError ? { detail: err.detail, file: err.file, field: err.field } : undefined;
    parentPort!.postMessage({ id: r.id, error: (err as Error).message, where });
  }
});
