import { corpusSummary } from "../../analysis/corpusSummary";
import { tableHtml } from "../../charts/table";
import type { Tokens } from "../../text/tokens";
import { removedLines } from "../../studies/corpusTables";
import { languageRows } from "../../studies/languages";
import type { ReportSection } from "./section";

/**
 * The corpus as analysed: documents with metadata (and where it came from) and token counts, the
 * loader's warnings (skipped files, duplicates, missing metadata), and what cleaning removed.
 */
export function corpusSection(toks: Tokens, by = "year"): ReportSection {
  const { corpus } = toks;
  const summary = corpusSummary(toks, by);
  const documents = summary.documents;
  const warnings = corpus.warnings.map((w) => ({ file: w.file, kind: w.kind, message: w.message }));
  const removed = removedLines(corpus);
  const languages = languageRows(toks);
  const html =
    `<p>Corpus <b>${escape(corpus.name)}</b>: ${corpus.documents.length} documents, ` +
    `${documents.reduce((s, d) => s + d.tokens, 0)} word tokens. Content hash <code>${corpus.hash.slice(0, 16)}</code>. ` +
    `Languages: ${languages.map((l) => `${escape(l.language)} (${l.documents} document${l.documents === 1 ? "" : "s"})`).join(", ")}.</p>` +
    tableHtml(documents, { caption: "Documents" }) +
    (warnings.length ? tableHtml(warnings, { caption: `Warnings (${warnings.length}): files skipped, duplicates counted once, metadata not found` }) : "") +
    `<p>Cleaning separated these lines from the bodies (the rule that removed each is named); everything else is analysed.</p>` +
    tableHtml(removed, { caption: "Removed by cleaning", maxRows: 500 });
  return {
    id: "corpus",
    title: "Corpus and cleaning",
    html,
    tables: [
      { name: "documents", rows: documents },
      ...(warnings.length ? [{ name: "warnings", rows: warnings }] : []),
      { name: "removed-lines", rows: removed },
    ],
    figures: [],
  };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
