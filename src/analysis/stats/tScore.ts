/**
 * The t-score of a collocation (Church et al. 1991; in the form of Evert 2008, §3.1.4):
 *
 *   t = (O11 − E11) / √O11
 *
 * with E11 the expected count (./mutualInformation.ts). It rewards frequent pairs, where MI rewards
 * rare ones; t ≥ 2 is the usual rough threshold of "more than chance".
 */
export function tScore(o11: number, e11: number): number {
  return o11 > 0 ? (o11 - e11) / Math.sqrt(o11) : 0;
}
