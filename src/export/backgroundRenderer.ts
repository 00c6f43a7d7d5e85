import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Figure } from "../charts/figure";

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
  private readonly pending = new Map<number, { resolve: (svg: string) => void; reject: (err: Error) => void }>();

  constructor() {
    this.worker = new Worker(join(__dirname, "renderWorker.js"));
    this.worker.unref();
    this.worker.on("message", (m: { id: number; svg?: string; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.svg !== undefined) p?.resolve(m.svg);
      else p?.reject(new Error(m.error ?? "no rendering"));
    });
    this.worker.on("error", (err) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
  }

  /** SVG markup of a figure; rejects when Chromium cannot be started. */
  svg(figure: Figure, width: number, height: number): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Referenced while an answer is awaited, so the process waits for it.
      this.worker.ref();
      this.worker.postMessage({ id, figure: { data: figure.data, layout: figure.layout, meta: figure.meta }, width, height });
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    }) as Promise<string>;
  }
}
