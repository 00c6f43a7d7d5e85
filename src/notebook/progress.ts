import { randomBytes } from "node:crypto";
import { escapeHtml } from "../charts/table";
import type { Progress } from "../progress";
import { type MimeBundle, displayBundle } from "./display";

export interface NotebookProgressOptions {
  /** What is counted: "files", "documents", "resamples". Default: nothing said. */
  unit?: string;
  /** Shown only once the work has run this long (ms), so quick steps leave no output. Default 1000. */
  after?: number;
  /** Redrawn at most this often (ms). Default 250. */
  every?: number;
  /** Where the bar goes; default the running cell (nowhere outside a notebook). */
  show?: (bundle: MimeBundle, update: boolean) => void;
  /** Milliseconds now; a test's clock. */
  now?: () => number;
}

const count = (n: number) => n.toLocaleString("en-US");

/** One state of the bar: HTML `<progress>` with a line of text, and the line alone as plain text. */
export function progressBundle(label: string, done: number, total: number, seconds: number, unit = ""): MimeBundle {
  const of = unit ? ` ${unit}` : "";
  let line: string;
  if (done >= total) line = `${label}: ${count(total)}${of} in ${seconds.toFixed(1)} s`;
  else {
    const left = done > 0 ? (seconds / done) * (total - done) : NaN;
    const eta = Number.isFinite(left) ? `, about ${Math.ceil(left)} s left` : "";
    line = `${label}: ${count(done)} of ${count(total)}${of} (${Math.floor((100 * done) / total)}%), ${seconds.toFixed(1)} s${eta}`;
  }
  const html = `<div class="dk-progress"><progress value="${done}" max="${total}" style="width:16em;vertical-align:middle"></progress> <span style="font-family:sans-serif;font-size:90%">${escapeHtml(line)}</span></div>`;
  return { "text/html": html, "text/plain": line };
}

/**
 * A progress bar for one long step in a notebook cell, redrawn in place while the step runs (the
 * kernel sends each state at once, even from synchronous work). Pass it as a step's `progress`:
 *
 *   dk.loadCorpus(dir, { progress: dk.notebookProgress("Reading", { unit: "files" }) })
 *
 * Quick steps show nothing; a step that took longer than `after` leaves its final line ("Reading:
 * 5,000 files in 41.2 s") in the cell's output.
 */
export function notebookProgress(label: string, options: NotebookProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const after = options.after ?? 1000;
  const every = options.every ?? 250;
  const id = `dk-progress-${randomBytes(6).toString("hex")}`;
  const show = options.show ?? ((bundle, update) => displayBundle(bundle, { id, update }));
  const started = now();
  let shown = false;
  let drawn = -Infinity;
  return (done, total) => {
    const t = now();
    const finished = done >= total;
    if (!shown && (finished || t - started < after)) return;
    if (!finished && t - drawn < every) return;
    drawn = t;
    show(progressBundle(label, done, total, (t - started) / 1000, options.unit), shown);
    shown = true;
  };
}
