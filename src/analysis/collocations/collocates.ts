/**
 * Collocates of a node (a term, phrase, glob or /regex/, read as KWIC reads it): the words that
 * stand near it more often than chance, per group. Counted in the window form of Evert (2008):
 *
 *   N    non-stop tokens of the group          C1   occurrences of the collocate in the group
 *   R1   non-stop tokens inside node windows   O11  occurrences of the collocate inside them
 *
 * which makes a 2×2 table (inside / outside the windows × collocate / other) for G², with the
 * expected count, MI, t-score (../stats/mutualInformation.ts, ../stats/tScore.ts) and log-Dice
 * (../stats/logDice.ts, from O11 and the node's and collocate's frequencies).
 */
import { z } from "zod";
import { checkGroupingField, groupOf, sortGroups } from "../../corpus/corpus";
import type { Tokens } from "../../text/tokens";
import { type KwicOptions, queryHits, queryMode } from "../kwic";
import { logDice } from "../stats/logDice";
import { logLikelihood } from "../stats/logLikelihood";
import { expectedCount, mutualInformation } from "../stats/mutualInformation";
import { tScore } from "../stats/tScore";
import { type WindowOptions, windowPositions } from "./nodeWindows";

export const CollocateRowSchema = z.object({
  group: z.string(),
  node: z.string(),
  collocate: z.string(),
  /** O11: the collocate inside the node's windows. */
  count: z.number().int(),
  /** E11 = R1 × C1 / N. */
  expected: z.number(),
  mi: z.number(),
  logDice: z.number(),
  tScore: z.number(),
  /** Signed G²: + when the collocate is relatively more frequent inside the windows than outside. */
  g2: z.number(),
  /** C1: the collocate in the whole group. */
  collocateCount: z.number().int(),
  /** Occurrences of the node in the group. */
  nodeCount: z.number().int(),
  /** R1: non-stop tokens inside the node's windows. */
  windowTokens: z.number().int(),
  /** N: non-stop tokens of the group. */
  tokens: z.number().int(),
});
export type CollocateRow = z.infer<typeof CollocateRowSchema>;

export interface CollocateOptions extends WindowOptions {
  /** Metadata field to group by. Default "year". */
  by?: string;
  /** Least O11 for a row. Default 2. */
  minCount?: number;
  /** How the node is read (KWIC's `match`). Default "auto". */
  match?: KwicOptions["match"];
}

/** The tallies of one group: everything a row is computed from. */
export interface GroupTally {
  group: string;
  nodeCount: number;
  windowTokens: number;
  tokens: number;
  /** O11 per collocate. */
  inside: Map<string, number>;
  /** C1 per term. */
  counts: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Per group: the node's occurrences, its windows and every term's count inside and in all. */
export function collocateTallies(toks: Tokens, node: string, options: CollocateOptions & { groups?: readonly string[] } = {}): GroupTally[] {
  const by = options.by ?? "year";
  checkGroupingField(toks.corpus, by);
  // Only the groups asked for: a comparison of two reads nothing of the others.
  const wanted = options.groups && new Set(options.groups);
  const hits = queryHits(toks, node, queryMode(node, options.match), wanted && ((doc) => wanted.has(groupOf(doc, by))));
  const tallies = new Map<string, GroupTally>();
  toks.docs.forEach((dt, di) => {
    const group = groupOf(dt.doc, by);
    if (wanted && !wanted.has(group)) return;
    let g = tallies.get(group);
    if (!g) tallies.set(group, (g = { group, nodeCount: 0, windowTokens: 0, tokens: 0, inside: new Map(), counts: new Map() }));
    for (const t of dt.tokens) {
      if (t.stop) continue;
      g.tokens++;
      bump(g.counts, t.term);
    }
    g.nodeCount += hits[di].length;
    const positions = windowPositions(dt, hits[di], options);
    g.windowTokens += positions.length;
    for (const i of positions) bump(g.inside, dt.tokens[i].term);
  });
  return sortGroups(tallies.keys()).map((k) => tallies.get(k)!);
}

/** One row from a group's tallies. */
export function collocateRow(g: GroupTally, node: string, collocate: string): CollocateRow {
  const o11 = g.inside.get(collocate) ?? 0;
  const c1 = g.counts.get(collocate) ?? 0;
  const e11 = expectedCount(g.windowTokens, c1, g.tokens);
  return {
    group: g.group,
    node,
    collocate,
    count: o11,
    expected: e11,
    mi: mutualInformation(o11, g.windowTokens, c1, g.tokens),
    logDice: logDice(o11, g.nodeCount, c1),
    tScore: tScore(o11, e11),
    // Windows that cover the whole group leave nothing to compare with.
    g2: g.tokens > g.windowTokens ? logLikelihood(o11, c1 - o11, g.windowTokens, g.tokens - g.windowTokens) : 0,
    collocateCount: c1,
    nodeCount: g.nodeCount,
    windowTokens: g.windowTokens,
    tokens: g.tokens,
  };
}

/**
 * Collocates of `node` in each group with at least `minCount` co-occurrences, strongest first
 * (by G², then count, then collocate).
 */
export function collocates(toks: Tokens, node: string, options: CollocateOptions = {}): CollocateRow[] {
  const minCount = options.minCount ?? 2;
  return collocateTallies(toks, node, options).flatMap((g) =>
    [...g.inside]
      .filter(([, n]) => n >= minCount)
      .map(([c]) => collocateRow(g, node, c))
      .sort((x, y) => y.g2 - x.g2 || y.count - x.count || (x.collocate < y.collocate ? -1 : x.collocate > y.collocate ? 1 : 0)),
  );
}
