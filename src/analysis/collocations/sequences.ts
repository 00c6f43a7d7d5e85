/**
 * Multiword sequences that hold together (quanteda's `textstat_collocations`): every run of 2 or 3
 * adjacent words inside a clause, none a stop word (as n-grams are read, ../../text/ngrams.ts),
 * scored with λ and z (../stats/sequenceLambda.ts). A high z suggests a phrase worth adding to the
 * multiword list (`--phrases FILE`), so it counts as one term.
 */
import { z } from "zod";
import type { Tokens } from "../../text/tokens";
import { bitCount, sequenceLambda } from "../stats/sequenceLambda";

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

/**
 * The K-word runs of a corpus as term ids, K per run: adjacent tokens in one clause, none a stop word.
 */
function runs(toks: Tokens, k: number, ids: Map<string, number>): Int32Array {
  let out = new Int32Array(1 << 16);
  let n = 0;
  for (const dt of toks.docs) {
    const ts = dt.tokens;
    for (let i = 0; i + k <= ts.length; i++) {
      let ok = true;
      for (let j = i; j < i + k; j++) if (ts[j].stop || ts[j].clause !== ts[i].clause) ok = false;
      if (!ok) continue;
      if (n + k > out.length) {
        const grown = new Int32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      for (let j = i; j < i + k; j++) {
        let id = ids.get(ts[j].term);
        if (id === undefined) ids.set(ts[j].term, (id = ids.size));
        out[n++] = id;
      }
    }
  }
  return out.slice(0, n);
}

/**
 * How many runs have the words of `w` at the positions of `mask` (bit i − 1 for word i), whatever
 * stands elsewhere: counted only for the masks and words the candidate sequences need.
 */
function subsetCounts(all: Int32Array, k: number, v: number, candidates: readonly Int32Array[]): (mask: number, w: ArrayLike<number>) => number {
  // One table per mask, keyed by its words' ids as one number in base v + 1 (as text past 2^53).
  const numeric = (v + 1) ** k <= Number.MAX_SAFE_INTEGER;
  const keyOf = (mask: number, w: ArrayLike<number>): number | string => {
    if (!numeric) return Array.from({ length: k }, (_, i) => (mask & (1 << i) ? w[i] : -1)).join(",");
    let key = 0;
    for (let i = 0; i < k; i++) if (mask & (1 << i)) key = key * (v + 1) + w[i] + 1;
    return key;
  };
  const full = (1 << k) - 1;
  const tables = Array.from({ length: full + 1 }, () => new Map<number | string, number>());
  for (const w of candidates) for (let mask = 1; mask <= full; mask++) tables[mask].set(keyOf(mask, w), 0);
  const w = new Int32Array(k);
  for (let r = 0; r < all.length; r += k) {
    for (let i = 0; i < k; i++) w[i] = all[r + i];
    for (let mask = 1; mask <= full; mask++) {
      const key = keyOf(mask, w);
      const n = tables[mask].get(key);
      if (n !== undefined) tables[mask].set(key, n + 1);
    }
  }
  return (mask, words) => tables[mask].get(keyOf(mask, words))!;
}

/** λ and z of every K-word sequence seen at least `minCount` times. */
function sequencesOfSize(toks: Tokens, k: number, minCount: number): SequenceRow[] {
  const ids = new Map<string, number>();
  const all = runs(toks, k, ids);
  const total = all.length / k;
  const v = ids.size;
  // Whole sequences first: only those seen `minCount` times need their tables. Keyed by the ids as
  // one number in base v (as text past 2^53): a large corpus has millions of distinct runs.
  const numeric = v ** k <= Number.MAX_SAFE_INTEGER;
  // Each distinct run gets a slot: its count and where it was first seen, in two typed arrays rather
  // than an object per run.
  const slotOf = new Map<number | string, number>();
  const counts = new Int32Array(total);
  const firstAt = new Int32Array(total);
  for (let r = 0; r < all.length; r += k) {
    let key: number | string = 0;
    if (numeric) for (let i = 0; i < k; i++) key = key * v + all[r + i];
    else key = all.subarray(r, r + k).join(",");
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, (slot = slotOf.size));
      firstAt[slot] = r;
    }
    counts[slot]++;
  }
  const candidates: Int32Array[] = [];
  for (let slot = 0; slot < slotOf.size; slot++) if (counts[slot] >= minCount) candidates.push(all.slice(firstAt[slot], firstAt[slot] + k));
  const count = subsetCounts(all, k, v, candidates);
  const terms = [...ids.keys()];
  const full = (1 << k) - 1;
  return candidates.map((w) => {
    const atLeast = (mask: number) => (mask === 0 ? total : count(mask, w));
    // Runs matching exactly on the positions of c, by inclusion–exclusion over the masks holding c.
    const cells = Array.from({ length: full + 1 }, (_, c) => {
      let n = 0;
      for (let t = 0; t <= full; t++) if ((t & c) === c) n += ((bitCount(t) - bitCount(c)) % 2 === 0 ? 1 : -1) * atLeast(t);
      return n;
    });
    const { lambda, z } = sequenceLambda(cells);
    return { collocation: Array.from(w, (id) => terms[id]).join(" "), size: k, count: atLeast(full), lambda, z };
  });
}

/** Sequences of each size, highest z first. */
export function sequenceCollocations(toks: Tokens, options: SequenceOptions = {}): SequenceRow[] {
  const minCount = options.minCount ?? 2;
  return (options.sizes ?? [2, 3])
    .flatMap((k) => sequencesOfSize(toks, k, minCount))
    .sort((x, y) => y.z - x.z || y.count - x.count || (x.collocation < y.collocation ? -1 : 1));
}
