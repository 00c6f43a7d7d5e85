/**
 * λ and z of a multiword sequence, quanteda's `textstat_collocations` (Blaheta & Johnson 2001,
 * "Unsupervised learning of multi-word verbs"): the highest-order interaction of the log-linear
 * model of the 2^K table of K-word sequences, where cell c (a pattern of K bits) counts the
 * sequences of K tokens whose word i is the sequence's word i exactly where bit i is 1:
 *
 *   λ = Σ_c (−1)^(K − |c|) log(n_c + ½)      SE = √(Σ_c 1 / (n_c + ½))      z = λ / SE
 *
 * |c| is the number of 1 bits. For K = 2 this is the log odds ratio log(n11 n00 / (n10 n01)), each
 * count plus ½ (quanteda's smoothing). `cells[c]` holds n_c, with bit i − 1 of c for word i.
 */
export function sequenceLambda(cells: readonly number[]): { lambda: number; se: number; z: number } {
  const k = Math.log2(cells.length);
  if (!Number.isInteger(k) || k < 2) throw new RangeError("sequenceLambda needs the 2^K cells of a K-word table, K ≥ 2");
  let lambda = 0;
  let variance = 0;
  cells.forEach((n, c) => {
    const sign = (k - bitCount(c)) % 2 === 0 ? 1 : -1;
    lambda += sign * Math.log(n + 0.5);
    variance += 1 / (n + 0.5);
  });
  const se = Math.sqrt(variance);
  return { lambda, se, z: lambda / se };
}

/** |c|: how many bits of a cell's pattern are set (how many of the sequence's words it matches). */
export function bitCount(c: number): number {
  let n = 0;
  for (let x = c; x; x &= x - 1) n++;
  return n;
}
