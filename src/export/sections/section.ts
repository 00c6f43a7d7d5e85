import type { Figure } from "../../charts/figure";

/** A named table a section contributes: shown in the report and written as `tables/<name>.csv`. */
export interface SectionTable {
  name: string;
  rows: object[];
}

/** A named figure a section contributes: drawn in the report and exported as `figures/<name>.*`. */
export interface SectionFigure {
  name: string;
  figure: Figure;
}

/**
 * One part of the report. `html` may hold `<!--figure:NAME-->` markers where a figure is drawn,
 * so a section places its charts among its prose and tables.
 */
export interface ReportSection {
  id: string;
  title: string;
  html: string;
  tables: SectionTable[];
  figures: SectionFigure[];
}

/** Marker a section puts where figure `name` goes. */
export const figureSlot = (name: string) => `<!--figure:${name}-->`;
