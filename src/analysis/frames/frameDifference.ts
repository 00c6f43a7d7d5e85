import { z } from "zod";
import { sortGroups } from "../../corpus/corpus";
import { DiscourseError } from "../../errors";
import { percentileInterval, resampledRatio, sentenceColumn, sentenceRate } from "../stats/bootstrap";
import { permutationP } from "../stats/permutation";
import { SeededRandom } from "../stats/random";
import type { FrameCounts } from "./frameCounts";
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
 * least the observed one, counted as (k + 1) / (R + 1) (Phipson & Smyth 2010).
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
  // Each frame draws `iterations` resamples, then as many permutations.
  const total = 2 * iterations * fc.dictionary.frames.length;
  return fc.dictionary.frames.map((frame, fi) => {
    const per1kA = sentenceRate(A, fi, 1000);
    const per1kB = sentenceRate(B, fi, 1000);
    const diff = per1kA - per1kB;
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
    return {
      frame: frame.id,
      label: frame.label,
      matchesA: A.reduce((t, s) => t + s.counts[fi], 0),
      matchesB: B.reduce((t, s) => t + s.counts[fi], 0),
      per1kA,
      per1kB,
      diff,
      ciLow,
      ciHigh,
      pPermutation,
    };
  });
}

