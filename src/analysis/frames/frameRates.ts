import { z } from "zod";
import { groupOf, sortGroups } from "../../corpus/corpus";
import type { Progress } from "../../progress";
import { groupResampledRates, percentileInterval } from "../stats/bootstrap";
import { ratePer } from "../stats/rate";
import type { FrameCounts, FrameSentence } from "./frameCounts";

export const FrameRateRowSchema = z.object({
  frame: z.string(),
  label: z.string(),
  group: z.string(),
  documents: z.number().int(),
  tokens: z.number().int(),
  matches: z.number().int(),
  /** Matches per 1,000 word tokens. */
  per1k: z.number(),
  /** Seeded bootstrap 95% interval of per1k, resampling sentences. */
  ciLow: z.number(),
  ciHigh: z.number(),
});
export type FrameRateRow = z.infer<typeof FrameRateRowSchema>;

export interface BootstrapOptions {
  /** Resamples. Default 2000. */
  iterations?: number;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Hears about resamples (and permutations) drawn so far. */
  progress?: Progress;
}

/**
 * Frame prevalence per group: matches per 1,000 word tokens with a percentile bootstrap interval
 * (Efron & Tibshirani 1993, ch. 13) from resampling the group's sentences, seeded.
 */
export function frameRates(fc: FrameCounts, options: BootstrapOptions = {}): FrameRateRow[] {
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const groups = sortGroups(fc.sentences.map((s) => s.group));
  const frames = fc.dictionary.frames;
  const sentences = groups.map((group) => fc.sentences.filter((s) => s.group === group));
  const boots = groupResampledRates(sentences, frames.length, 1000, { iterations, seed: options.seed ?? 1, progress: options.progress });
  const byGroup = groups.map((group, gi) => {
    const ss = sentences[gi];
    return { group, ss, boot: boots[gi], documents: new Set(ss.map((s) => s.doc)).size, tokens: ss.reduce((t, s) => t + s.tokens, 0) };
  });
  const rows: FrameRateRow[] = [];
  frames.forEach((frame, fi) => {
    for (const { group, ss, boot, documents, tokens } of byGroup) {
      const [ciLow, ciHigh] = percentileInterval(Array.from(boot[fi]), level);
      const matches = ss.reduce((t, s) => t + s.counts[fi], 0);
      rows.push({ frame: frame.id, label: frame.label, group, documents, tokens, matches, per1k: ratePer(matches, tokens, 1000), ciLow, ciHigh });
    }
  });
  return rows;
}

export const FrameDocumentRowSchema = z.object({
  frame: z.string(),
  doc: z.string(),
  group: z.string(),
  tokens: z.number().int(),
  matches: z.number().int(),
  per1k: z.number(),
});
export type FrameDocumentRow = z.infer<typeof FrameDocumentRowSchema>;

/** Frame prevalence per document (matches per 1,000 word tokens). */
export function frameRatesByDocument(fc: FrameCounts): FrameDocumentRow[] {
  const byDoc: FrameSentence[][] = fc.corpus.documents.map(() => []);
  for (const s of fc.sentences) byDoc[s.doc].push(s);
  return fc.dictionary.frames.flatMap((frame, fi) =>
    fc.corpus.documents.map((doc, di) => {
      const ss = byDoc[di];
      const matches = ss.reduce((t, s) => t + s.counts[fi], 0);
      const tokens = ss.reduce((t, s) => t + s.tokens, 0);
      return { frame: frame.id, doc: doc.id, group: ss[0]?.group ?? groupOf(doc, fc.by), tokens, matches, per1k: ratePer(matches, tokens, 1000) };
    }),
  );
}

