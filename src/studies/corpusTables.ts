import { type Corpus, groupOf } from "../corpus/corpus";

/** One row per document: where it came from and the metadata a reader checks first. */
export function documentRows(corpus: Corpus, by: string) {
  return corpus.documents.map((d) => ({
    id: d.id, file: d.file, format: d.format, title: d.title, author: d.author ?? "", date: d.date ?? "", [by]: by in d.meta ? groupOf(d, by) : "",
  }));
}

/** Every line cleaning removed, with the rule that removed it: what is not analysed. */
export function removedLines(corpus: Corpus) {
  return corpus.documents.flatMap((d) => d.removed.map((r) => ({ doc: d.id, file: d.file, line: r.line, kind: r.kind, rule: r.rule, text: r.text })));
}
