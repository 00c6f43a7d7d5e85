import { tableHtml } from "../../charts/table";
import type { Tokens } from "../../text/tokens";
import type { ReportSection } from "./section";

/** The corpus as analysed: documents with metadata and token counts, and what cleaning removed. */
export function corpusSection(toks: Tokens): ReportSection {
  const { corpus } = toks;
  const documents = toks.docs.map((d) => ({
    id: d.doc.id,
    title: d.doc.title,
    author: d.doc.author,
    date: d.doc.date,
    file: d.doc.file,
    sentences: d.sentences.length,
    tokens: d.tokens.length,
  }));
  const removed = corpus.documents.flatMap((d) =>
    d.removed.map((r) => ({ doc: d.id, file: d.file, line: r.line, kind: r.kind, rule: r.rule, text: r.text })),
  );
  const html =
    `<p>Corpus <b>${escape(corpus.name)}</b>: ${corpus.documents.length} documents, ` +
    `${documents.reduce((s, d) => s + d.tokens, 0)} word tokens. Content hash <code>${corpus.hash.slice(0, 16)}</code>.</p>` +
    tableHtml(documents, { caption: "Documents" }) +
    `<p>Cleaning separated these lines from the bodies (the rule that removed each is named); everything else is analysed.</p>` +
    tableHtml(removed, { caption: "Removed by cleaning", maxRows: 500 });
  return {
    id: "corpus",
    title: "Corpus and cleaning",
    html,
    tables: [
      { name: "documents", rows: documents },
      { name: "removed-lines", rows: removed },
    ],
    figures: [],
  };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
