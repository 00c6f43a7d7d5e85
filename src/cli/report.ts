import { resolve } from "node:path";
import { writeReport } from "../export/report";
import { exportReportFigures, parseFormats } from "../export/reportFigures";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { intOption, optionalCompare, requireCorpus, tokenOptions } from "./shared";

export const reportCommand: Command = declareCommand({
  name: "report",
  summary: "the full analysis as an offline HTML report with CSV tables",
  about:
    "Writes OUT/report.html (plotly.js inlined, works offline) and OUT/tables/*.csv.\n" +
    "The framing and actor sections compare --a with --b (default: the first and last group).\n" +
    "--formats also writes every chart to OUT/figures/ (double-column paper size, PNG at --dpi,\n" +
    "default 300), rendered in headless Chromium (CHROME_PATH overrides the binary).",
  groups: ["corpus", "compare", "tokens"],
  options: {
    out: { type: "string", default: "out", arg: "DIR", help: "where the report, tables and figures go" },
    top: { type: "string", default: "20", arg: "N", help: "terms per group in tables and charts" },
    frames: { type: "string", arg: "FILE", help: "a frame dictionary (.json/.yaml)" },
    actors: { type: "string", arg: "FILE", help: "an actor registry (.json/.yaml)" },
    seed: { type: "string", default: "1", arg: "N", help: "seed of the resampling" },
    formats: { type: "string", arg: "svg,png,pdf", help: "also export every figure in these formats" },
    dpi: { type: "string", default: "300", arg: "N", help: "PNG resolution" },
  },
  async run(values) {
    const started = Date.now();
    const progress = (msg: string) => process.stderr.write(`report: ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    progress("loading corpus");
    const corpus = requireCorpus(values);
    const frames = typeof values.frames === "string" ? readLexicon(values.frames, FrameDictionarySchema) : undefined;
    const options = {
      ...tokenOptions(values),
      by: String(values.by),
      top: intOption(values, "top", 20),
      ...optionalCompare(values),
      frames,
      actors: typeof values.actors === "string" ? readLexicon(values.actors, ActorRegistrySchema) : undefined,
      seed: intOption(values, "seed", 1, 0),
    };
    const formats = typeof values.formats === "string" ? parseFormats(values.formats) : [];
    const dpi = intOption(values, "dpi", 300, 72);
    const written = writeReport(corpus, String(values.out), options, progress);
    if (formats.length) {
      const files = await exportReportFigures(written.sections, String(values.out), formats, { corpus, dpi }, progress);
      progress(`wrote ${files.length} figure files`);
    }
    process.stdout.write(`${resolve(written.html)}\n`);
    return 0;
  },
});
