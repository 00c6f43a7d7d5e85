import { type Corpus, groupOf } from "../corpus/corpus";
import { documentLanguage, mainLanguage } from "../corpus/language";
import { DiscourseError } from "../errors";
import { type Tokens, tokens } from "../text/tokens";

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


/** Tokens of one language for a comparison of A and B, and which language that is. */
export interface LanguageScope {
  toks: Tokens;
  /** The language compared, or "all" when asked to compare across languages. */
  language: string;
  /** Whether the documents of A and B were in more than one language (some were then left out). */
  mixed: boolean;
  /** Documents of A and B left out for being in another language. */
  leftOut: number;
}

/**
 * A comparison of groups A and B runs within one language unless asked otherwise: the one most of
 * their documents are in, or `language` ("all": every document). Returns the corpus to compare (the
 * same one when A's and B's documents are in one language).
 */
export function languageScope(corpus: Corpus, options: { by: string; a: string; b: string; language?: string }): Omit<LanguageScope, "toks"> & { corpus: Corpus } {
  const inPair = corpus.documents.filter((d) => {
    const g = groupOf(d, options.by);
    return g === options.a || g === options.b;
  });
  if (options.language === "all") return { corpus, language: "all", mixed: false, leftOut: 0 };
  const main = mainLanguage(inPair);
  const language = options.language ?? main.language;
  if (!main.mixed && options.language === undefined) return { corpus, language, mixed: false, leftOut: 0 };
  const kept = inLanguage(corpus, language);
  const leftOut = inPair.length - inPair.filter((d) => kept.documents.includes(d)).length;
  for (const [name, group] of [["a", options.a], ["b", options.b]] as const) {
    if (!kept.documents.some((d) => groupOf(d, options.by) === group)) {
      throw new DiscourseError(
        `${options.by} = "${group}" has no document in ${language}, the language compared; compare across languages with language "all" (--language all), or choose groups in one language`,
        { field: `options.${name}` },
      );
    }
  }
  return { corpus: kept, language, mixed: main.mixed, leftOut };
}

/** `languageScope` for tokens: the tokens of the language compared. */
export function withinLanguage(toks: Tokens, options: { by: string; a: string; b: string; language?: string }): LanguageScope {
  const { corpus, ...scope } = languageScope(toks.corpus, options);
  return { toks: corpus === toks.corpus ? toks : tokens(corpus, toks.options), ...scope };
}
