import type { Corpus } from "../../corpus/corpus";
import { checkGroupingField, groupOf } from "../../corpus/corpus";
import type { FrameDictionary } from "../../lexicons/frameSchema";
import type { Progress } from "../../progress";
import { documentTokenizer, resolveTokenOptions } from "../../text/tokens";
import { frameMatcher } from "./matchFrames";

/** One place a frame entry matched: the evidence behind every frame count. */
export interface FrameMatch {
  frame: string;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** The dictionary entry that matched. */
  entry: string;
}

/** Per-sentence word tokens and frame matches: the unit that bootstrap and permutation resample. */
export interface FrameSentence {
  doc: number;
  group: string;
  tokens: number;
  /** Matches per frame, in dictionary order. */
  counts: number[];
}

export interface FrameCounts {
  dictionary: FrameDictionary;
  by: string;
  corpus: Corpus;
  sentences: FrameSentence[];
  matches: FrameMatch[];
}

/**
 * Finds every frame entry in the corpus (`frameMatcher`) and counts them per sentence: the unit the
 * statistics resample. Matching reads lower-cased words (no stop-word removal, no phrase joining, no
 * stemming, whatever the token options).
 */
export function frameCounts(corpus: Corpus, dictionary: FrameDictionary, options: { by?: string; progress?: Progress } = {}): FrameCounts {
  const by = options.by ?? "year";
  checkGroupingField(corpus, by);
  const tokenize = documentTokenizer(resolveTokenOptions({ stopwords: "none", phrases: "none", fold: "none", stem: false, keepAcronyms: false, stripPossessives: true }));
  const matchFrames = frameMatcher(dictionary);
  const sentences: FrameSentence[] = [];
  const matches: FrameMatch[] = [];
  // One document at a time: its tokens are dropped once its matches are found.
  corpus.documents.forEach((doc, di) => {
    const { sentences: spans, tokens: ts } = tokenize(doc, di);
    const group = groupOf(doc, by);
    const perSentence = spans.map(() => ({ tokens: 0, counts: dictionary.frames.map(() => 0) }));
    for (const t of ts) perSentence[t.sentence].tokens++;
    for (const m of matchFrames(ts)) {
      const first = ts[m.first];
      const last = ts[m.last];
      perSentence[first.sentence].counts[m.frame]++;
      matches.push({ frame: dictionary.frames[m.frame].id, doc: doc.id, sentence: first.sentence, start: first.start, end: last.end, text: doc.text.slice(first.start, last.end), entry: m.entry });
    }
    for (const s of perSentence) sentences.push({ doc: di, group, ...s });
    options.progress?.(di + 1, corpus.documents.length);
  });
  return { dictionary, by, corpus, sentences, matches };
}
