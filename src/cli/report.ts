import { resolve } from "node:path";
import { writeReport } from "../export/report";
import type { Command } from "./command";
import { corpusOptions, intOption, requireCorpus, tokenOptions } from "./shared";

export const reportCommand: Command = {
  name: "report",
  summary: "the full analysis as an offline HTML report with CSV tables",
  usage:
    "discourse report --corpus DIR [--by FIELD] [--out DIR] [--top N]\n" +
    "                 [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n\n" +
    "Writes OUT/report.html (plotly.js inlined, works offline) and OUT/tables/*.csv.",
  options: {
    ...corpusOptions,
    out: { type: "string", default: "out" },
    top: { type: "string", default: "20" },
  },
  run(values) {
    const started = Date.now();
    const progress = (msg: string) => process.stderr.write(`report: ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    progress("loading corpus");
    const corpus = requireCorpus(values);
    const written = writeReport(corpus, String(values.out), { ...tokenOptions(values), by: String(values.by), top: intOption(values, "top", 20) }, progress);
    process.stdout.write(`${resolve(written.html)}\n`);
    return 0;
  },
};
