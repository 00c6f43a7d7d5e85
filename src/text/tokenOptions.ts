import type { FoldOption } from "./aliasFolds";
import type { PhrasesOption } from "./phrases";
import type { ScriptOption } from "./script";
import type { StopwordsOption } from "./stopwords";

export interface TokenOptions {
  /** Fold case. Default true. */
  lowercase?: boolean;
  /**
   * When folding case, keep all-capital acronyms as written ("US" stays "US", apart from the
   * pronoun "us"; quanteda's `keep_acronyms`). Default true.
   */
  keepAcronyms?: boolean;
  /** Count "China's" as "china" (a stop word such as "it's" is left alone). Default true. */
  stripPossessives?: boolean;
  /** Stop words: "default" (Snowball English), "none", or a list. Default "default". */
  stopwords?: StopwordsOption;
  /** Multiword expressions joined into one term: "default", "none", or a list. Default "default". */
  phrases?: PhrasesOption;
  /** Porter stemming. Default false. */
  stem?: boolean;
  /** Chinese words jieba keeps whole, beside its dictionary and the kit's (`--dictionary FILE`). Default none. */
  dictionary?: string[];
  /** "simplified": Traditional Chinese counted as Simplified (`--script simplified`). Default "as-written". */
  script?: ScriptOption;
  /**
   * Spellings of one named entity counted as one term (./aliasFolds.ts): "default" (the built-in
   * actor registry), "none", or your actor registry (`--actors FILE`). Default "default".
   */
  fold?: FoldOption;
}

export interface ResolvedTokenOptions {
  lowercase: boolean;
  keepAcronyms: boolean;
  stripPossessives: boolean;
  stopwords: StopwordsOption;
  phrases: PhrasesOption;
  stem: boolean;
  dictionary: string[];
  script: ScriptOption;
  fold: FoldOption;
}

export function resolveTokenOptions(options: TokenOptions = {}): ResolvedTokenOptions {
  return {
    lowercase: options.lowercase ?? true,
    keepAcronyms: options.keepAcronyms ?? true,
    stripPossessives: options.stripPossessives ?? true,
    stopwords: options.stopwords ?? "default",
    phrases: options.phrases ?? "default",
    stem: options.stem ?? false,
    dictionary: options.dictionary ?? [],
    script: options.script ?? "as-written",
    fold: options.fold ?? "default",
  };
}
