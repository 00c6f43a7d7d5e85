import { checkGroupingField, type Corpus, formatWarning, groupOf, sortGroups } from "../corpus/corpus";
import { documentLanguage } from "../corpus/language";
import { documentPlace } from "../corpus/load";
import type { Tokens } from "../text/tokens";

export interface DocumentSummary {
  id: string;
  file: string;
  format: string;
  /** As read: "utf-8", or a legacy encoding and whether it was detected or stated ("gb18030 (detected)"). */
  encoding: string;
  group: string;
  /** Stated, or detected from the text. */
  language: string;
  date: string | null;
  title: string;
  author: string | null;
  /** Where title, author and date came from, e.g. "front matter" or "manifest/text". */
  metadata: string;
  sentences: number;
  tokens: number;
  removedLines: number;
}

export interface GroupSummary {
  group: string;
  documents: number;
  tokens: number;
}

export interface CorpusSummary {
  name: string;
  hash: string;
  by: string;
  documents: DocumentSummary[];
  groups: GroupSummary[];
  /** One line each: `file: what happened`. */
  warnings: string[];
}

/** What a corpus holds, document by document and group by group, and what loading warned about. */
export function corpusSummary(toks: Tokens, by = "year"): CorpusSummary {
  checkGroupingField(toks.corpus, by);
  const corpus: Corpus = toks.corpus;
  const documents = toks.docs.map(({ doc, sentences, tokens }) => ({
    id: doc.id,
    file: documentPlace(doc),
    format: doc.format,
    encoding: doc.encodingSource === "unicode" ? doc.encoding : `${doc.encoding} (${doc.encodingSource})`,
    group: groupOf(doc, by),
    language: documentLanguage(doc),
    date: doc.date,
    title: doc.title,
    author: doc.author,
    metadata: [...new Set(Object.values(doc.metaSource))].join("/") || "none",
    sentences: sentences.length,
    tokens: tokens.length,
    removedLines: doc.removed.length,
  }));
  const groups = sortGroups(documents.map((d) => d.group)).map((group) => {
    const members = documents.filter((d) => d.group === group);
    return { group, documents: members.length, tokens: members.reduce((s, d) => s + d.tokens, 0) };
  });
  return { name: corpus.name, hash: corpus.hash, by, documents, groups, warnings: corpus.warnings.map(formatWarning) };
}
