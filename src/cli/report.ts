import { resolve } from "node:path";
import { writeReport } from "../export/report";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { corpusOptions, intOption, requireCorpus, tokenOptions } from "./shared";

export const reportCommand: Command = {
  name: "report",
  summary: "the full analysis as an offline HTML report with CSV tables",
  usage:
    "discourse report --corpus DIR [--by FIELD] [--a VALUE --b VALUE] [--out DIR] [--top N]\n" +
    "                 [--frames FILE] [--seed N]\n" +
    "                 [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n\n" +
    "Writes OUT/report.html (plotly.js inlined, works offline) and OUT/tables/*.csv.\n" +
    "The framing section compares --a with --b (default: the first and last group).",
  options: {
    ...corpusOptions,
    out: { type: "string", default: "out" },
    top: { type: "string", default: "20" },
    a: { type: "string" },
    b: { type: "string" },
    frames: { type: "string" },
    seed: { type: "string", default: "1" },
  },
  run(values) {
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
      seed: intOption(values, "seed", 1, 0),
    };
    const written = writeReport(corpus, String(values.out), options, progress);
    process.stdout.write(`${resolve(written.html)}\n`);
    return 0;
  },
};
