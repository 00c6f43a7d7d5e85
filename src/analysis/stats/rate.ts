/**
 * A rate per N tokens, the normalised frequency of corpus linguistics (McEnery & Hardie 2012,
 * §2.4): count / tokens × N, with N = 10,000 for terms and 1,000 for frames. 0 when there are no
 * tokens, so an empty group reads as "never", not as NaN.
 */
export function ratePer(count: number, tokens: number, per: number): number {
  return tokens > 0 ? (count / tokens) * per : 0;
}
