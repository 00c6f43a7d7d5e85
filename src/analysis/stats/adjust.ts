/**
 * Adjusts p-values for testing many terms at once.
 * - "bh": Benjamini & Hochberg (1995) false discovery rate: p_(i) × m / i, made monotone from the
 *   largest p down, capped at 1 (R's `p.adjust(method = "BH")`).
 * - "bonferroni": p × m, capped at 1.
 * Returns the adjusted values in the input order.
 */
export function adjustPValues(p: readonly number[], method: "bh" | "bonferroni" = "bh"): number[] {
  const m = p.length;
  if (method === "bonferroni") return p.map((x) => Math.min(1, x * m));
  const order = p.map((_, i) => i).sort((i, j) => p[i] - p[j] || i - j);
  const out = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k];
    running = Math.min(running, (p[i] * m) / (k + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
