/**
 * Hardie's (2014) Log Ratio: log2 of the ratio of relative frequencies, log2((a/totalA)/(b/totalB)).
 * A zero count is replaced by 0.5 so the ratio stays finite. +1 means twice as frequent in A.
 */
export function logRatio(a: number, b: number, totalA: number, totalB: number): number {
  const ra = (a === 0 ? 0.5 : a) / totalA;
  const rb = (b === 0 ? 0.5 : b) / totalB;
  return Math.log2(ra / rb);
}

/**
 * Gabrielatos & Marchi's (2012) %DIFF: (normalised freq A − normalised freq B) × 100 / normalised
 * freq B. Null when B's count is 0 (the difference is then undefined, not infinite).
 */
export function percentDiff(a: number, b: number, totalA: number, totalB: number): number | null {
  if (b === 0) return null;
  const ra = a / totalA;
  const rb = b / totalB;
  return ((ra - rb) * 100) / rb;
}
