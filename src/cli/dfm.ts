import { dfm, dfmTrim } from "../analysis/dfm";
import { DiscourseError } from "../errors";
import { writeDfm } from "../export/matrixMarket";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { intOption, requireCorpus, tokenOptions } from "./shared";

export const dfmCommand: Command = declareCommand({
  name: "dfm",
  summary: "the document-feature matrix as Matrix Market, for R (Matrix::readMM, quanteda) and Python (scipy.io.mmread)",
  about:
    "Writes DIR/dfm.mtx (documents × features, counts), DIR/features.csv (its columns: feature,\n" +
    "count, docs) and DIR/docvars.csv (its rows: doc, file, tokens and every field). Counts are the\n" +
    "kit's term counts (stop words left out, spellings folded): README, \"Hand the counts to R or Python\".",
  groups: ["corpus", "tokens"],
  options: {
    out: { type: "string", arg: "DIR", help: "folder to write into (required)" },
    ngram: { type: "string", default: "1", arg: "N", help: "count n-grams instead of terms" },
    "min-count": { type: "string", default: "1", arg: "N", help: "keep features counted at least N times in all" },
    "min-docs": { type: "string", default: "1", arg: "N", help: "keep features found in at least N documents" },
  },
  run(values) {
    if (typeof values.out !== "string" || !values.out) throw new DiscourseError("missing; pass --out DIR", { field: "--out" });
    const corpus = requireCorpus(values);
    const counted = dfm(tokens(corpus, tokenOptions(values)), { ngram: intOption(values, "ngram", 1) });
    const m = dfmTrim(counted, { minCount: intOption(values, "min-count", 1), minDocs: intOption(values, "min-docs", 1) });
    const files = writeDfm(m, values.out);
    process.stderr.write(`dfm: ${m.docs.length} documents × ${m.features.length} features, ${m.cols.length} nonzero cells\n`);
    for (const f of files) process.stdout.write(`${f}\n`);
    return 0;
  },
});
