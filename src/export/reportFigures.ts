import { join } from "node:path";
import { type Preset, applyPreset } from "../charts/theme";
import type { Corpus } from "../corpus/corpus";
import { DiscourseError } from "../errors";
import { type FigureFormat, exportFigures } from "./exportFigure";
import type { ReportSection } from "./sections/section";

const FIGURE_FORMATS: readonly FigureFormat[] = ["svg", "png", "pdf"];

/** Parses "svg,png,pdf" (any subset, any order). */
export function parseFormats(list: string): FigureFormat[] {
  const formats = list.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const bad = formats.find((f) => !(FIGURE_FORMATS as readonly string[]).includes(f));
  if (bad !== undefined || formats.length === 0) {
    throw new DiscourseError(`expected a comma-separated list of svg, png, pdf; got ${JSON.stringify(list)}`, { field: "options.formats" });
  }
  return [...new Set(formats)] as FigureFormat[];
}

/**
 * Exports every figure of the report sections to `out/figures/<name>.<format>`, restyled with a
 * paper preset (default: double column, 7 in) and PNGs at `dpi` (default 300), with one browser.
 */
export async function exportReportFigures(
  sections: readonly ReportSection[],
  out: string,
  formats: readonly FigureFormat[],
  options: { corpus: Corpus; preset?: Preset; dpi?: number },
  progress: (message: string) => void = () => {},
): Promise<string[]> {
  const items = sections.flatMap((s) =>
    s.figures.flatMap((f) => {
      const figure = applyPreset(f.figure, options.preset ?? "paper-wide");
      return formats.map((format) => ({ figure, path: join(out, "figures", `${f.name}.${format}`) }));
    }),
  );
  return exportFigures(items, { corpus: options.corpus, dpi: options.dpi ?? 300 }, (path, i, n) => progress(`figure ${i}/${n}: ${path}`));
}
