import type { LabelPlan } from "./labelPlacement";
/**
 * A Plotly figure as plain data: what every chart builder returns and what the notebook, the
 * report and the exporter draw. Kept as loose records so the kit does not depend on Plotly's own
 * type package; see https://plotly.com/javascript/reference/ for the attributes.
 */
export interface Figure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
  /** What the figure shows and from what, carried into exported files' metadata. */
  meta?: FigureMeta;
}

export interface FigureMeta {
  /** Builder name, e.g. "frequencyChart". */
  chart: string;
  /** Analysis options that produced the data (by, ngram, stopwords…). */
  options?: Record<string, unknown>;
  /** Point labels to place again when the figure is restyled for another size (./labelPlacement.ts). */
  labels?: LabelPlan;
}

/** Escapes text from documents before Plotly renders it: Plotly reads a subset of HTML in labels. */
export function escapeLabel(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
