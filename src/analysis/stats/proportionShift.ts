/**
 * Proportion shift of a term between A and B (Gallagher et al. 2021, "Generalized word shift
 * graphs", EPJ Data Science 10:4; shifterator's `ProportionShift`):
 *
 *   δp = p_A − p_B = countA / totalA − countB / totalB
 *
 * positive when the term takes a larger share of A's tokens.
 */
export function proportionShift(r: { countA: number; countB: number; totalA: number; totalB: number }): number {
  return r.countA / r.totalA - r.countB / r.totalB;
}
