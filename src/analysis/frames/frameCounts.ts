import type { Corpus } from "../../corpus/corpus";
import { checkGroupingField, groupOf } from "../../corpus/corpus";
import type { FrameDictionary } from "../../lexicons/frameSchema";
import type { Progress } from "../../progress";
import { resolveTokenOptions, wordColumnsTokenizer } from "../../text/tokens";
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
  const tokenize = wordColumnsTokenizer(resolveTokenOptions({ stopwords: "none", phrases: "none", fold: "none", stem: false, keepAcronyms: false, stripPossessives: true }));
  const matchFrames = frameMatcher(dictionary);
  const sentences: FrameSentence[] = [];
  const matches: FrameMatch[] = [];
  // One document at a time: its tokens are dropped once its matches are found.
  corpus.documents.forEach((doc, di) => {
    const words = tokenize(doc);
    const group = groupOf(doc, by);
    const perSentence: FrameSentence[] = words.sentences.map(() => ({ doc: di, group, tokens: 0, counts: new Array<number>(dictionary.frames.length).fill(0) }));
    for (let k = 0; k < words.sentence.length; k++) perSentence[words.sentence[k]].tokens++;
    for (const m of matchFrames(words)) {
      const sentence = words.sentence[m.first];
      const [start, end] = [words.start[m.first], words.end[m.last]];
      perSentence[sentence].counts[m.frame]++;
      matches.push({ frame: dictionary.frames[m.frame].id, doc: doc.id, sentence, start, end, text: doc.text.slice(start, end), entry: m.entry });
    }
    for (const s of perSentence) sentences.push(s);
    options.progress?.(di + 1, corpus.documents.length);
  });
  return { dictionary, by, corpus, sentences, matches };
}
