import { FreqRowSchema } from "../analysis/frequency";
import { eachFrequencyRow, packedFrequencyRows } from "../engine/frequencyRows";
import { streamCounts } from "../engine/streamCounts";
import { toCsv } from "../export/csv";
import { CsvBytes } from "../engine/csvBytes";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { progressReporter } from "./progress";
import { corpusDir, duplicatesOption, readSettings, intOption, printRows, printWarnings, rowFormat, tokenOptions } from "./shared";

export const freqCommand: Command = declareCommand({
  name: "freq",
  summary: "term frequency per group: count, per-10k rate, document frequency, TF-IDF",
  about:
    "Streams the folder: files are read, counted and dropped by --workers N threads (this one and\n" +
    "worker threads; default one per core, one per 1,000 files for smaller folders), so memory\n" +
    "follows the vocabulary, not the corpus; progress goes to stderr.\n" +
    "json is an array of { group, term, count, per10k, docFreq, tfidf }, ordered by group,\n" +
    "then count (descending), then term.",
  groups: ["corpus", "tokens", "format"],
  options: {
    top: { type: "string", arg: "N", help: "the N most frequent terms of each group" },
    ngram: { type: "string", default: "1", arg: "N", help: "count n-grams of N words within a clause" },
    "min-count": { type: "string", default: "1", arg: "N", help: "leave out terms seen fewer times in a group" },
    workers: { type: "string", arg: "N", help: "counting threads (default: one per core, one per 1,000 files)" },
  },
  async run(values) {
    const result = await streamCounts(corpusDir(values), {
      by: String(values.by),
      ngram: intOption(values, "ngram", 1),
      tokens: tokenOptions(values),
      workers: values.workers === undefined ? undefined : intOption(values, "workers", 1, 0),
      duplicates: duplicatesOption(values),
      read: readSettings(values),
      progress: progressReporter("freq"),
    });
    printWarnings(result.warnings);
    const options = {
      top: values.top === undefined ? undefined : intOption(values, "top", 20),
      minCount: intOption(values, "min-count", 1),
    };
    if (rowFormat(values) === "csv") {
      // Field by field into bytes, without row objects or a string per line: a large folder's table
      // has 100,000+ rows (`CsvBytes` writes what `csvLine` would). Headed as `toCsv` heads a table:
      // by the first row's fields, so not at all without rows.
      const out = new CsvBytes();
      Object.keys(FreqRowSchema.shape).forEach((name, k) => (k ? out.comma() : out).text(name));
      let rows = 0;
      eachFrequencyRow(result.packed, result.documents, options, (g, term, count, per10k, docFreq, tfidf) => {
        rows++;
        out.newline().text(g).comma().text(term).comma().number(count).comma().number(per10k).comma().number(docFreq).comma().number(tfidf);
      });
      process.stdout.write(rows ? out.newline().bytes() : toCsv([]));
    } else printRows(packedFrequencyRows(result.packed, result.documents, options), values);
    return 0;
  },
});
