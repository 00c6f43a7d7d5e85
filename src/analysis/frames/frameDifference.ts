import { z } from "zod";
import { sortGroups } from "../../corpus/corpus";
import { DiscourseError } from "../../errors";
import { POISSON_FROM, percentileInterval, resampledRatio, resampledSentenceRates, sentenceColumn, sentenceRate } from "../stats/bootstrap";
import { permutationP, subsetPermutationPs } from "../stats/permutation";
import { SeededRandom } from "../stats/random";
import type { FrameCounts, FrameSentence } from "./frameCounts";
import type { BootstrapOptions } from "./frameRates";

export const FrameDiffRowSchema = z.object({
  frame: z.string(),
  label: z.string(),
  matchesA: z.number().int(),
  matchesB: z.number().int(),
  per1kA: z.number(),
  per1kB: z.number(),
  /** per1kA − per1kB. */
  diff: z.number(),
  /** Seeded bootstrap interval of diff (sentences resampled within each group). */
  ciLow: z.number(),
  ciHigh: z.number(),
  /** Two-sided permutation p-value: sentences shuffled between A and B. */
  pPermutation: z.number(),
});
export type FrameDiffRow = z.infer<typeof FrameDiffRowSchema>;

/**
 * The A − B difference in each frame's rate, with a seeded bootstrap interval (each group's
 * sentences resampled independently) and a two-sided permutation p-value: the share of random
 * reassignments of the pooled sentences to groups of the observed sizes whose |difference| is at
 * least the observed one, counted as (k + 1) / (R + 1) (Phipson & Smyth 2010). Past POISSON_FROM
 * sentences in A and B together, every frame is read from the same resamples and reassignments
 * (`largeDifferences`).
 */
export function frameDifference(fc: FrameCounts, a: string, b: string, options: BootstrapOptions = {}): FrameDiffRow[] {
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const groups = new Set(fc.sentences.map((s) => s.group));
  for (const [flag, g] of [["a", a], ["b", b]] as const) {
    if (!groups.has(g)) throw new DiscourseError(`no document has ${fc.by} = "${g}"; choose one of: ${sortGroups(groups).join(", ")}`, { field: `options.${flag}` });
  }
  const A = fc.sentences.filter((s) => s.group === a);
  const B = fc.sentences.filter((s) => s.group === b);
  if (A.length + B.length > POISSON_FROM) return largeDifferences(fc, A, B, options);
  // Each frame draws `iterations` resamples, then as many permutations.
  const total = 2 * iterations * fc.dictionary.frames.length;
  return fc.dictionary.frames.map((_, fi) => {
    const random = new SeededRandom((options.seed ?? 1) + fi * 104729);
    const tick = (r: number) => options.progress?.(2 * iterations * fi + r, total);
    const bootA = sentenceColumn(A, fi);
    const bootB = sentenceColumn(B, fi);
    const boot = Array.from({ length: iterations }, (_, r) => {
      const d = resampledRatio(bootA, 1000, random) - resampledRatio(bootB, 1000, random);
      tick(r + 1);
      return d;
    });
    const [ciLow, ciHigh] = percentileInterval(boot, level);
    const pPermutation = permutationP(sentenceColumn([...A, ...B], fi), A.length, 1000, iterations, random, (r) => tick(iterations + r));
    return differenceRow(fc, fi, A, B, { ciLow, ciHigh, pPermutation });
  });
}

function differenceRow(fc: FrameCounts, fi: number, A: readonly FrameSentence[], B: readonly FrameSentence[], drawn: Pick<FrameDiffRow, "ciLow" | "ciHigh" | "pPermutation">): FrameDiffRow {
  const per1kA = sentenceRate(A, fi, 1000);
  const per1kB = sentenceRate(B, fi, 1000);
  const frame = fc.dictionary.frames[fi];
  return {
    frame: frame.id,
    label: frame.label,
    matchesA: A.reduce((t, s) => t + s.counts[fi], 0),
    matchesB: B.reduce((t, s) => t + s.counts[fi], 0),
    per1kA,
    per1kB,
    diff: per1kA - per1kB,
    ...drawn,
  };
}

/**
 * The differences of a large comparison: one set of resamples of each group for all frames (by the
 * Poisson bootstrap past POISSON_FROM sentences, ../stats/bootstrap.ts) and one set of random
 * reassignments for all frames (`subsetPermutationPs`), from one generator.
 */
function largeDifferences(fc: FrameCounts, A: readonly FrameSentence[], B: readonly FrameSentence[], options: BootstrapOptions): FrameDiffRow[] {
  const iterations = options.iterations ?? 2000;
  const items = fc.dictionary.frames.length;
  const random = new SeededRandom(options.seed ?? 1);
  const tick = (done: number) => options.progress?.(done, 3 * iterations);
  const bootA = resampledSentenceRates(A, items, 1000, iterations, random, tick);
  const bootB = resampledSentenceRates(B, items, 1000, iterations, random, (r) => tick(iterations + r));
  const ps = subsetPermutationPs([...A, ...B], A.length, items, 1000, iterations, random, (r) => tick(2 * iterations + r));
  return fc.dictionary.frames.map((_, fi) => {
    const [ciLow, ciHigh] = percentileInterval(Array.from(bootA[fi], (x, r) => x - bootB[fi][r]), options.level ?? 0.95);
    return differenceRow(fc, fi, A, B, { ciLow, ciHigh, pPermutation: ps[fi] });
  });
}

