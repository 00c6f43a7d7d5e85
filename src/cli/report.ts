import { resolve } from "node:path";
import { writeReport } from "../export/report";
import { exportReportFigures, parseFormats } from "../export/reportFigures";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { corpusOptions, intOption, requireCorpus, tokenOptions } from "./shared";

export const reportCommand: Command = {
  name: "report",
  summary: "the full analysis as an offline HTML report with CSV tables",
  usage:
    "discourse report --corpus DIR [--by FIELD] [--a VALUE --b VALUE] [--out DIR] [--top N]\n" +
    "                 [--frames FILE] [--actors FILE] [--seed N] [--formats svg,png,pdf] [--dpi N]\n" +
    "                 [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n\n" +
    "Writes OUT/report.html (plotly.js inlined, works offline) and OUT/tables/*.csv.\n" +
    "The framing and actor sections compare --a with --b (default: the first and last group).\n" +
    "--formats also writes every chart to OUT/figures/ (double-column paper size, PNG at --dpi,\n" +
    "default 300), rendered in headless Chromium (CHROME_PATH overrides the binary).",
  options: {
    ...corpusOptions,
    out: { type: "string", default: "out" },
    top: { type: "string", default: "20" },
    a: { type: "string" },
    b: { type: "string" },
    frames: { type: "string" },
    actors: { type: "string" },
    seed: { type: "string", default: "1" },
    formats: { type: "string" },
    dpi: { type: "string", default: "300" },
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
      a: values.a === undefined ? undefined : String(values.a),
      b: values.b === undefined ? undefined : String(values.b),
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
};
