import {
  type CollocateShiftRow, type SequenceRow, collocateShift, collocationLines, sequenceCollocations,
} from "../analysis/collocations";
import { type FrameCounts, frameWords } from "../analysis/frames";
import type { KwicRow } from "../analysis/kwic";
import { DiscourseError } from "../errors";
import { type Tokens, unjoinedWords } from "../text/tokens";

export interface CollocationStudyOptions {
  by: string;
  a: string;
  b: string;
  /** Frame words studied. Default 3. */
  nodes?: number;
  /** Collocates shown per side of each node. Default 8. */
  top?: number;
  /** Words each side of the node. Default 5. */
  window?: number;
  /** Least co-occurrences in A and B together. Default 2. */
  minCount?: number;
}

/** One frame word: how its collocates moved between A and B, with the lines behind each shown collocate. */
export interface NodeCollocations {
  node: string;
  frame: string;
  /** Occurrences of the word as a frame match. */
  count: number;
  shift: CollocateShiftRow[];
  /** The strongest gains of each side, as shown. */
  shown: CollocateShiftRow[];
  evidence: { collocate: string; a: KwicRow[]; b: KwicRow[] }[];
  /** Why a frame word has no comparison (it has no collocates in A or in B). */
  note?: string;
}

export interface CollocationStudy {
  nodes: NodeCollocations[];
  /** 2- and 3-word sequences of the whole corpus that hold together (λ, z): phrases to consider. */
  sequences: SequenceRow[];
  /** Window and threshold used, for the text that reads the tables. */
  window: number;
  minCount: number;
}

/**
 * The collocates of the frames' most frequent words in A and in B: which words gained or lost
 * their place beside each, with evidence. Counted on words, not joined phrases, so a listed
 * phrase's words ("win-win cooperation") are each other's collocates.
 */
export function collocationStudy(toks: Tokens, fc: FrameCounts, options: CollocationStudyOptions): CollocationStudy {
  const { by, a, b } = options;
  const window = options.window ?? 5;
  const minCount = options.minCount ?? 2;
  const top = options.top ?? 8;
  const words = unjoinedWords(toks);
  const nodes = frameWords(fc, { top: options.nodes ?? 3 }).map(({ word, count, frame }): NodeCollocations => {
    const base = { node: word, frame, count };
    let shift: CollocateShiftRow[];
    try {
      shift = collocateShift(words, word, { by, a, b, left: window, right: window, minCount, match: "term" });
    } catch (err) {
      if (!(err instanceof DiscourseError)) throw err;
      return { ...base, shift: [], shown: [], evidence: [], note: err.detail };
    }
    const shown = [...shift.filter((r) => r.side === "A").slice(0, top), ...shift.filter((r) => r.side === "B").slice(-top)];
    const lines = collocationLines(words, word, shown.map((r) => r.collocate), { by, group: [a, b], left: window, right: window, match: "term" });
    const inGroup = (collocate: string, group: string) => lines.get(collocate)!.filter((l) => l.group === group);
    return { ...base, shift, shown, evidence: shown.map((r) => ({ collocate: r.collocate, a: inGroup(r.collocate, a), b: inGroup(r.collocate, b) })) };
  });
  return { nodes, sequences: sequenceCollocations(words, { minCount }).slice(0, 30), window, minCount };
}
