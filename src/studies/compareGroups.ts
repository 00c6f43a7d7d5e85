import { type TermEvidence, termEvidence } from "../analysis/evidence";
import { groupOf } from "../corpus/corpus";
import {
  type FrameCounts, type FrameDiffRow, type FrameDocumentRow, type FrameRateRow,
  frameCounts, frameCoverage, frameDifference, frameRates, frameRatesByDocument,
} from "../analysis/frames";
import { type KeynessRow, keyness, topKeyTerms } from "../analysis/keyness";
import { type CorpusCounts, countTerms } from "../analysis/counts";
import type { FrameDictionary } from "../lexicons/frameSchema";
import { defaultFrames } from "../lexicons/defaultFrames";
import type { Progress } from "../progress";
import type { Tokens } from "../text/tokens";
import { withinLanguage } from "./languages";

export interface CompareGroupsOptions {
  by: string;
  a: string;
  b: string;
  /** Default: the kit's frame dictionary. */
  frames?: FrameDictionary;
  /** Key terms per side shown and given evidence. Default 12. */
  top?: number;
  /** Seed of the bootstraps and permutations. Default 1. */
  seed?: number;
  /** A progress callback for each long step ("Matching frames", "Bootstrap resamples", …). */
  progress?: (step: string, unit?: string) => Progress;
  /** Compare within this language; "all": across languages. Default: the language most of A's and B's documents are in. */
  language?: string;
  /** `countTerms` of the tokens by `by`, when made already: counted once for the whole report. */
  counts?: CorpusCounts;
}

/** What "compare two groups" finds: key terms with their evidence, frames and their differences. */
export interface GroupComparison {
  by: string;
  a: string;
  b: string;
  /** The language compared ("all": across languages). */
  language: string;
  /** Documents of A and B left out for being in another language. */
  leftOut: number;
  keyness: KeynessRow[];
  /** The `top` key terms of each side. */
  key: { a: KeynessRow[]; b: KeynessRow[] };
  /** Every occurrence of each shown key term, in A and in B. */
  evidence: TermEvidence[];
  frames: FrameDictionary;
  frameCounts: FrameCounts;
  frameRates: FrameRateRow[];
  frameDifferences: FrameDiffRow[];
  frameDocuments: FrameDocumentRow[];
  /** The frequent terms no frame matches. */
  coverage: { term: string; count: number }[];
  /** Groups in the corpus: trends need three or more. */
  groupCount: number;
  /** What the data can support, in sentences derived from the numbers above. */
  reading: string[];
}

/**
 * Keyness of A against B with KWIC evidence for the key terms, frame prevalence in every group,
 * and the A − B frame differences: the study notebook 02 and the report's framing section show.
 */
export function compareGroups(all: Tokens, options: CompareGroupsOptions): GroupComparison {
  const { by, a, b } = options;
  const scope = withinLanguage(all, { by, a, b, language: options.language });
  const toks = scope.toks;
  const frames = options.frames ?? defaultFrames;
  const seed = options.seed ?? 1;
  // The counts given are of all the tokens: they stand unless another language was left out. Made
  // here otherwise, once for keyness and coverage both.
  const given = options.counts;
  const counted = toks === all && given?.by === by && given.ngram === 1 ? given : countTerms(toks, { by });
  const rows = keyness(counted, { by, a, b });
  const key = topKeyTerms(rows, options.top ?? 12);
  const evidence = termEvidence(toks, [...key.a, ...key.b].map((r) => r.term), { by, a, b });
  const fc = frameCounts(toks.corpus, frames, { by, progress: options.progress?.("Matching frames", "documents") });
  const rates = frameRates(fc, { seed, progress: options.progress?.("Bootstrap resamples") });
  const diffs = frameDifference(fc, a, b, { seed, progress: options.progress?.("Resamples and permutations") });
  const reading = comparisonReading(toks, rows, diffs, { by, a, b });
  if (scope.mixed) reading.unshift(`Compared within one language, ${scope.language}: ${scope.leftOut} document(s) of ${a} and ${b} in other languages are left out.`);
  return {
    by, a, b, language: scope.language, leftOut: scope.leftOut, keyness: rows, key, evidence, frames,
    frameCounts: fc,
    frameRates: rates,
    frameDifferences: diffs,
    frameDocuments: frameRatesByDocument(fc),
    coverage: frameCoverage(fc, counted, { top: 30 }),
    groupCount: new Set(rates.map((r) => r.group)).size,
    reading,
  };
}

/** Sizes, how many key terms survive adjustment and rest on few occurrences, and which frames clearly moved. */
function comparisonReading(toks: Tokens, rows: readonly KeynessRow[], diffs: readonly FrameDiffRow[], g: { by: string; a: string; b: string }): string[] {
  const size = (group: string) => {
    const docs = toks.docs.filter((d) => groupOf(d.doc, g.by) === group);
    return `${group}: ${docs.length} document(s), ${docs.reduce((s, d) => s + d.tokens.length, 0)} tokens`;
  };
  const significant = rows.filter((r) => r.pAdjusted < 0.05);
  const low = rows.filter((r) => r.lowCount).length;
  const clear = diffs.filter((d) => d.ciLow > 0 || d.ciHigh < 0).map((d) => d.label);
  return [
    `Sizes: ${size(g.a)}; ${size(g.b)}.`,
    `${rows.length} terms tested; ${significant.length} remain significant after Benjamini–Hochberg (${significant.map((r) => r.term).join(", ") || "none"}); ` +
      `${low} (${rows.length ? Math.round((100 * low) / rows.length) : 0}%) rest on fewer than 5 occurrences.`,
    `Frames whose 95% interval excludes zero: ${clear.join(", ") || "none"}.`,
  ];
}
