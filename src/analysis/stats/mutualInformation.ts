/**
 * Pointwise mutual information of a node and a collocate (Church & Hanks 1990), in the window form
 * of Evert (2008, "Corpora and collocations", §3 and §5.1):
 *
 *   E11 = R1 × C1 / N        MI = log2(O11 / E11)
 *
 * O11: the collocate's occurrences inside the node's windows; R1: tokens inside those windows;
 * C1: the collocate's occurrences in the corpus; N: tokens in the corpus. MI > 0 when the pair meets
 * more often than chance; it favours rare pairs (a collocate seen once beside the node can top the
 * list), so read it with a minimum count. −Infinity when O11 is 0.
 */
export function expectedCount(r1: number, c1: number, n: number): number {
  return n > 0 ? (r1 * c1) / n : 0;
}

export function mutualInformation(o11: number, r1: number, c1: number, n: number): number {
  return Math.log2(o11 / expectedCount(r1, c1, n));
}
