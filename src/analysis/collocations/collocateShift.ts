/**
 * Which collocates of a node gained or lost between two groups: each collocate's share of the
 * node's window tokens in A against B, as a 2×2 table (this collocate / other window tokens × A / B)
 * tested with G² (../stats/logLikelihood.ts) and sized with Hardie's Log Ratio
 * (../stats/effectSizes.ts). Both groups' association scores (log-Dice) stand beside them.
 */
import { z } from "zod";
import { groupDocuments } from "../../corpus/corpus";
import { DiscourseError } from "../../errors";
import type { Tokens } from "../../text/tokens";
import { logRatio } from "../stats/effectSizes";
import { logLikelihood } from "../stats/logLikelihood";
import { ratePer } from "../stats/rate";
import { logDice } from "../stats/logDice";
import { type CollocateOptions, type GroupTally, collocateTallies } from "./collocates";

export const CollocateShiftRowSchema = z.object({
  node: z.string(),
  collocate: z.string(),
  countA: z.number().int(),
  countB: z.number().int(),
  /** Per 1,000 non-stop tokens of the node's windows. */
  per1kA: z.number(),
  per1kB: z.number(),
  logDiceA: z.number().nullable(),
  logDiceB: z.number().nullable(),
  /** Signed: + when the collocate took a larger share of the node's windows in A. */
  g2: z.number(),
  logRatio: z.number(),
  /** The group where its share is larger. */
  side: z.enum(["A", "B"]),
});
export type CollocateShiftRow = z.infer<typeof CollocateShiftRowSchema>;

export interface CollocateShiftOptions extends CollocateOptions {
  a: string;
  b: string;
}

function tallyOf(tallies: GroupTally[], group: string, flag: "a" | "b", by: string, toks: Tokens): GroupTally {
  const t = tallies.find((g) => g.group === group);
  if (!t) throw new DiscourseError(`no document has ${by} = "${group}"; choose one of: ${groupDocuments(toks.corpus, by).map((g) => g.group).join(", ")}`, { field: `options.${flag}` });
  return t;
}

/**
 * The collocates of `node` with at least `minCount` co-occurrences in A and B together, ordered by
 * signed G² (A's gains first, B's last).
 */
export function collocateShift(toks: Tokens, node: string, options: CollocateShiftOptions): CollocateShiftRow[] {
  const by = options.by ?? "year";
  const tallies = collocateTallies(toks, node, { ...options, groups: [options.a, options.b] });
  const a = tallyOf(tallies, options.a, "a", by, toks);
  const b = tallyOf(tallies, options.b, "b", by, toks);
  for (const [g, flag] of [[a, "a"], [b, "b"]] as const) {
    if (g.windowTokens === 0) throw new DiscourseError(`"${node}" has no collocates in ${by} = "${g.group}" (found ${g.nodeCount} times); nothing to compare`, { field: `options.${flag}` });
  }
  const minCount = options.minCount ?? 2;
  const terms = [...new Set([...a.inside.keys(), ...b.inside.keys()])];
  const rows = terms
    .map((collocate): CollocateShiftRow => {
      const countA = a.inside.get(collocate) ?? 0;
      const countB = b.inside.get(collocate) ?? 0;
      const g2 = logLikelihood(countA, countB, a.windowTokens, b.windowTokens);
      return {
        node,
        collocate,
        countA,
        countB,
        per1kA: ratePer(countA, a.windowTokens, 1000),
        per1kB: ratePer(countB, b.windowTokens, 1000),
        logDiceA: countA > 0 ? logDice(countA, a.nodeCount, a.counts.get(collocate)!) : null,
        logDiceB: countB > 0 ? logDice(countB, b.nodeCount, b.counts.get(collocate)!) : null,
        g2,
        logRatio: logRatio(countA, countB, a.windowTokens, b.windowTokens),
        side: ratePer(countA, a.windowTokens, 1) >= ratePer(countB, b.windowTokens, 1) ? "A" : "B",
      };
    })
    .filter((r) => r.countA + r.countB >= minCount);
  return rows.sort((x, y) => y.g2 - x.g2 || y.countA + y.countB - (x.countA + x.countB) || (x.collocate < y.collocate ? -1 : 1));
}
