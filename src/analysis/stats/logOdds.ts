/**
 * Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22: the log-odds ratio of a term
 * between corpora A and B with an informative Dirichlet prior, divided by its estimated standard
 * deviation.
 *
 *   δ_w = ln[(y_wA + α_w) / (n_A + α_0 − y_wA − α_w)] − ln[(y_wB + α_w) / (n_B + α_0 − y_wB − α_w)]
 *   σ²(δ_w) ≈ 1 / (y_wA + α_w) + 1 / (y_wB + α_w)
 *   z_w = δ_w / σ(δ_w)            (positive: the term leans to A)
 */
export function logOddsZ(yA: number, yB: number, nA: number, nB: number, alphaW: number, alpha0: number): number {
  const a = yA + alphaW;
  const b = yB + alphaW;
  const delta = Math.log(a / (nA + alpha0 - a)) - Math.log(b / (nB + alpha0 - b));
  return delta / Math.sqrt(1 / a + 1 / b);
}

/** The Dirichlet prior: pooled counts of A and B, a constant per term, or a reference corpus. */
export type LogOddsPrior = "pooled" | number | { reference: ReadonlyMap<string, number> };

/** A reference-corpus prior gives terms it never saw this pseudo-count, so no α_w is zero. */
export const REFERENCE_FLOOR = 0.01;

/**
 * α_w and α_0 of each term under `prior` (Monroe et al. 2008, §3.5): "pooled" takes α_w = y_wA +
 * y_wB and α_0 = n_A + n_B (the informative prior of their eq. 21 from the two groups themselves);
 * a number c takes α_w = c and α_0 = c × |vocabulary|; a reference corpus takes α_w from its counts
 * (at least `REFERENCE_FLOOR`) and α_0 as their sum over the vocabulary.
 */
export function logOddsPrior(
  prior: LogOddsPrior,
  vocabulary: readonly string[],
): (term: string, yA: number, yB: number, nA: number, nB: number) => [alphaW: number, alpha0: number] {
  if (prior === "pooled") return (_, yA, yB, nA, nB) => [yA + yB, nA + nB];
  if (typeof prior === "number") {
    const alpha0 = prior * vocabulary.length;
    return () => [prior, alpha0];
  }
  const alphaOf = (term: string) => Math.max(prior.reference.get(term) ?? 0, REFERENCE_FLOOR);
  const alpha0 = vocabulary.reduce((sum, t) => sum + alphaOf(t), 0);
  return (term) => [alphaOf(term), alpha0];
}
