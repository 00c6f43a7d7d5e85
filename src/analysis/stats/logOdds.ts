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
