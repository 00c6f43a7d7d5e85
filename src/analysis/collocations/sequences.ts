/**
 * Multiword sequences that hold together (quanteda's `textstat_collocations`): every run of 2 or 3
 * adjacent words inside a clause, none a stop word (as n-grams are read, ../../text/ngrams.ts),
 * scored with λ and z (../stats/sequenceLambda.ts). A high z suggests a phrase worth adding to the
 * multiword list (`--phrases FILE`), so it counts as one term.
 */
import { z } from "zod";
import type { Token, Tokens } from "../../text/tokens";
import { sequenceLambda } from "../stats/sequenceLambda";

export const SequenceRowSchema = z.object({
  collocation: z.string(),
  size: z.number().int(),
  count: z.number().int(),
  lambda: z.number(),
  z: z.number(),
});
export type SequenceRow = z.infer<typeof SequenceRowSchema>;

export interface SequenceOptions {
  /** Sequence lengths. Default [2, 3]. */
  sizes?: readonly number[];
  /** Least count of a sequence. Default 2. */
  minCount?: number;
}

/** The K-word runs of one document's tokens: adjacent, in one clause, none a stop word. */
function runs(tokens: readonly Token[], k: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + k <= tokens.length; i++) {
    const seq = tokens.slice(i, i + k);
    if (seq.every((t) => !t.stop && t.clause === seq[0].clause)) out.push(seq.map((t) => t.term));
  }
  return out;
}

/** Each subset of positions (a bit mask) with the words there, as one key. */
const keyOf = (mask: number, words: readonly string[]) => `${mask}\u0000${words.filter((_, i) => mask & (1 << i)).join("\u0000")}`;

/** λ and z of every K-word sequence seen at least `minCount` times. */
function sequencesOfSize(toks: Tokens, k: number, minCount: number): SequenceRow[] {
  const all = toks.docs.flatMap((dt) => runs(dt.tokens, k));
  const full = (1 << k) - 1;
  // How many runs have these words at these positions (whatever stands elsewhere).
  const matching = new Map<string, number>();
  for (const words of all) for (let mask = 1; mask <= full; mask++) {
    const key = keyOf(mask, words);
    matching.set(key, (matching.get(key) ?? 0) + 1);
  }
  const rows: SequenceRow[] = [];
  const seen = new Set<string>();
  for (const words of all) {
    const key = keyOf(full, words);
    const count = matching.get(key)!;
    if (count < minCount || seen.has(key)) continue;
    seen.add(key);
    const atLeast = (mask: number) => (mask === 0 ? all.length : matching.get(keyOf(mask, words)) ?? 0);
    // Runs matching exactly on the positions of c, by inclusion–exclusion over the masks holding c.
    const cells = Array.from({ length: full + 1 }, (_, c) => {
      let n = 0;
      for (let t = 0; t <= full; t++) {
        if ((t & c) !== c) continue;
        const extra = bitCount(t) - bitCount(c);
        n += (extra % 2 === 0 ? 1 : -1) * atLeast(t);
      }
      return n;
    });
    rows.push({ collocation: words.join(" "), size: k, count, ...pick(sequenceLambda(cells)) });
  }
  return rows;
}

const bitCount = (n: number) => n.toString(2).split("").filter((b) => b === "1").length;
const pick = (s: { lambda: number; z: number }) => ({ lambda: s.lambda, z: s.z });

/** Sequences of each size, highest z first. */
export function sequenceCollocations(toks: Tokens, options: SequenceOptions = {}): SequenceRow[] {
  const minCount = options.minCount ?? 2;
  return (options.sizes ?? [2, 3])
    .flatMap((k) => sequencesOfSize(toks, k, minCount))
    .sort((x, y) => y.z - x.z || y.count - x.count || (x.collocation < y.collocation ? -1 : 1));
}
