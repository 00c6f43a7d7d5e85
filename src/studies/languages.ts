import type { Corpus } from "../corpus/corpus";
import { documentLanguage } from "../corpus/language";
import type { Tokens } from "../text/tokens";

/** One language of a corpus: its documents and word tokens, and how its first sentence was cut. */
export interface LanguageRow {
  language: string;
  documents: number;
  tokens: number;
  /** The first sentence of the language's first document, its words separated by " | ". */
  segmented: string;
}

/**
 * The languages of a tokenized corpus, most documents first: what a researcher checks before
 * comparing across languages, with a sample of how the text was cut into words.
 */
export function languageRows(toks: Tokens): LanguageRow[] {
  const rows = new Map<string, LanguageRow>();
  for (const { doc, sentences, tokens } of toks.docs) {
    const language = documentLanguage(doc);
    let row = rows.get(language);
    if (!row) {
      const first = sentences[0];
      const words = first ? tokens.filter((t) => t.sentence === 0).map((t) => doc.text.slice(t.start, t.end)) : [];
      rows.set(language, (row = { language, documents: 0, tokens: 0, segmented: words.join(" | ") }));
    }
    row.documents++;
    row.tokens += tokens.length;
  }
  return [...rows.values()].sort((a, b) => b.documents - a.documents || (a.language < b.language ? -1 : 1));
}

/** The documents of one language: a comparison stays within it unless asked otherwise. */
export function inLanguage(corpus: Corpus, language: string): Corpus {
  return { ...corpus, documents: corpus.documents.filter((d) => documentLanguage(d) === language) };
}

