import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Figure } from "../charts/figure";
import { DiscourseError } from "../errors";
import type { ExportOptions } from "./exportFigure";

/**
 * SVG renderings of figures from Chromium driven by a worker thread (./renderWorker.ts). Chromium
 * takes about 4 s to start and load plotly.js; started from the main thread, it moves only while
 * the main thread waits, so a notebook's first figure waited for all of it after the cells that
 * read and counted the corpus. From a thread of its own it starts while they run. The thread is
 * unreferenced: it never keeps the process alive.
 */
export class BackgroundRenderer {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (answer: string) => void; reject: (err: Error) => void }>();

  constructor() {
    this.worker = new Worker(join(__dirname, "renderWorker.js"));
    this.worker.on("message", (m: { id: number; svg?: string; path?: string; error?: string; where?: { detail: string; file?: string; field?: string } }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      const answer = m.svg ?? m.path;
      if (answer !== undefined) p?.resolve(answer);
      else p?.reject(m.where ? new DiscourseError(m.where.detail, m.where) : new Error(m.error ?? "no rendering"));
    });
    this.worker.on("error", (err) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
    // After the listeners: adding a "message" listener refers the thread's port again, and a
    // kernel that has shown no figure then never ends on its own when Jupyter shuts it down.
    this.worker.unref();
  }

  /** SVG markup of a figure; rejects when Chromium cannot be started. */
  svg(figure: Figure, width: number, height: number): Promise<string> {
    return this.ask({ figure: plain(figure), width, height });
  }

  /** `FigureExporter.export` in the thread: writes the file, resolves to its path. */
  export(figure: Figure, path: string, options: ExportOptions = {}): Promise<string> {
    return this.ask({ figure: plain(figure), width: 0, height: 0, path, options });
  }

  private ask(request: object): Promise<string> {
    const id = this.next++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Referenced while an answer is awaited, so the process waits for it.
      this.worker.ref();
      this.worker.postMessage({ id, ...request });
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    });
  }
}

/** The figure's data, as it crosses to the thread. */
const plain = (figure: Figure): Figure => ({ data: figure.data, layout: figure.layout, meta: figure.meta });

let shared: BackgroundRenderer | undefined;

/** The process's one background renderer, started on first call. */
export function backgroundRenderer(): BackgroundRenderer {
  shared ??= new BackgroundRenderer();
  return shared;
}

/** The background renderer if one was started (a notebook kernel starts it), else undefined. */
export function runningRenderer(): BackgroundRenderer | undefined {
  return shared;
}
