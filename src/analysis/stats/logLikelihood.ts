/**
 * Dunning's (1993) log-likelihood G² for the 2×2 table of one term in two corpora:
 *
 *               corpus A        corpus B
 *   term        a               b
 *   other       totalA − a      totalB − b
 *
 * G² = 2 Σ O ln(O / E) over the four cells, with E = row total × column total / N (the pooled
 * rate; 0 ln 0 = 0). Signed: positive when the term is relatively more frequent in A
 * (a / totalA > b / totalB). This is the statistic quanteda's `textstat_keyness(measure = "lr")`
 * reports; the UCREL calculator's two-cell form (Rayson & Garside 2000) omits the "other" row.
 *
 * Williams's (1976) correction divides G² by q = 1 + (N/A + N/B − 1)(N/T + N/O − 1) / (6N), where
 * A, B are the corpus totals and T, O the row totals (term, other).
 */
export function logLikelihood(a: number, b: number, totalA: number, totalB: number, options: { williams?: boolean } = {}): number {
  const n = totalA + totalB;
  const term = a + b;
  const other = n - term;
  const cells: [number, number][] = [
    [a, (totalA * term) / n],
    [b, (totalB * term) / n],
    [totalA - a, (totalA * other) / n],
    [totalB - b, (totalB * other) / n],
  ];
  let g2 = 0;
  for (const [o, e] of cells) if (o > 0) g2 += o * Math.log(o / e);
  g2 *= 2;
  if (options.williams && term > 0 && other > 0) {
    const q = 1 + ((n / totalA + n / totalB - 1) * (n / term + n / other - 1)) / (6 * n);
    g2 /= q;
  }
  g2 = Math.max(0, g2); // rounding can leave -1e-15 for identical rates
  return a / totalA >= b / totalB ? g2 : -g2;
}
