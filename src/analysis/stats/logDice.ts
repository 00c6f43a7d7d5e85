/**
 * log-Dice (Rychlý 2008, "A lexicographer-friendly association score"): the Dice coefficient of a
 * pair on a log scale with 14 as its maximum,
 *
 *   logDice = 14 + log2(2 × f_xy / (f_x + f_y))
 *
 * f_xy: the pair's co-occurrences (the collocate inside the node's windows); f_x, f_y: the node's
 * and the collocate's corpus frequencies. It does not depend on corpus size, so values compare across
 * corpora and periods; each point less halves the share of co-occurrence.
 */
export function logDice(fxy: number, fx: number, fy: number): number {
  return 14 + Math.log2((2 * fxy) / (fx + fy));
}
