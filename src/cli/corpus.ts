import { corpusSummary } from "../analysis/corpusSummary";
import { toTextTable } from "../export/textTable";
import { toCsv } from "../export/csv";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { choice, printWarnings, requireCorpus } from "./shared";

export const corpusCommand: Command = declareCommand({
  name: "corpus",
  summary: "what a corpus folder holds: documents, metadata and its source, tokens, groups, warnings",
  about:
    "table: one row per document { id, file (with #row for a table's rows), format, encoding (and\n" +
    "whether it was detected or stated), group, language, date, title, author, metadata (where title,\n" +
    "author and date came from), tokens }, then the groups. json: { name, hash, by, documents, groups,\n" +
    "warnings }. csv: the document rows. The warnings (files skipped, duplicates, metadata not found,\n" +
    "guessed encodings, misspelt fields) go to stderr in every format.",
  groups: ["corpus", "format"],
  run(values) {
    // Warnings go to stderr whatever the format, all of them: this command is where they are read.
    const corpus = requireCorpus(values, { warn: false });
    printWarnings(corpus.warnings, Infinity);
    const summary = corpusSummary(tokens(corpus), String(values.by));
    const format = choice(values, "format", ["table", "json", "csv"] as const);
    if (format === "json") process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    else if (format === "csv") process.stdout.write(toCsv(summary.documents));
    else {
      const total = summary.documents.reduce((s, d) => s + d.tokens, 0);
      process.stdout.write(
        `${summary.name}: ${summary.documents.length} documents, ${total} tokens, ${summary.groups.length} groups by ${summary.by}\n\n` +
          toTextTable(summary.documents.map(({ id, file, format, encoding, group, language, date, title, author, metadata, tokens }) => ({
            id, file, format, encoding, group, language, date: date ?? "", title: title.length > 48 ? title.slice(0, 47) + "…" : title, author: author ?? "", metadata, tokens,
          }))) +
          "\n" +
          toTextTable(summary.groups) +
          (summary.warnings.length ? `\n${summary.warnings.length} warning(s), listed on stderr\n` : "\nno warnings\n"),
      );
    }
    return 0;
  },
});
