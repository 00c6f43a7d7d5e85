// Lanczos approximation (g = 7, n = 9; Press et al., Numerical Recipes, 3rd ed., §6.1), accurate to
// about 15 significant digits, which keeps exact-test p-values exact to display precision.
const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection
  x -= 1;
  let a = C[0];
  const t = x + G + 0.5;
  for (let i = 1; i < G + 2; i++) a += C[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln n! */
function logFactorial(n: number): number {
  return n < 2 ? 0 : logGamma(n + 1);
}

/** ln C(n, k) */
export function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
