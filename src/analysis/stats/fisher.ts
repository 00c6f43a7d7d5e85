import { logChoose } from "./logGamma";

/**
 * Two-sided Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the probability, under the
 * hypergeometric distribution with the table's margins fixed, of every table at most as likely as
 * the observed one (R's `fisher.test`, with the same 1e-7 relative tolerance for ties).
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const lo = Math.max(0, row1 + col1 - n);
  const hi = Math.min(row1, col1);
  const denom = logChoose(n, col1);
  const logP = (x: number) => logChoose(row1, x) + logChoose(n - row1, col1 - x) - denom;
  const observed = logP(a);
  const cutoff = observed + Math.log1p(1e-7);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const lp = logP(x);
    if (lp <= cutoff) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
