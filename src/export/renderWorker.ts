/**
 * The thread behind `BackgroundRenderer`: opens a `FigureExporter` as soon as it starts, then
 * answers each { id, figure, width, height } with { id, svg } or { id, error }.
 */
import { parentPort } from "node:worker_threads";
import type { Figure } from "../charts/figure";
import { FigureExporter } from "./exportFigure";

interface Request {
  id: number;
  figure: Figure;
  width: number;
  height: number;
}

const opened = FigureExporter.open();
// A failure to open is answered request by request (no Chromium: no static rendering).
opened.catch(() => {});

parentPort?.on("message", async (r: Request) => {
  try {
    const exporter = await opened;
    parentPort!.postMessage({ id: r.id, svg: await exporter.svg(r.figure, r.width, r.height) });
  } catch (err) {
    parentPort!.postMessage({ id: r.id, error: (err as Error).message });
  }
});
