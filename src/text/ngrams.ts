import type { Token } from "./tokens";

/**
 * The n-grams of a token list: runs of `n` consecutive tokens in the same clause (so no gram spans a comma or a sentence end), as terms joined
 * by a space. A gram that contains a stop word is skipped (so "the law of" is not a bigram, while
 * "cyber crimes" is), unless `keepStop` is set. n = 1 gives the non-stop tokens' terms.
 */
export function ngrams(tokens: readonly Token[], n: number, keepStop = false): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const first = tokens[i];
    const last = tokens[i + n - 1];
    if (first.clause !== last.clause || first.doc !== last.doc) continue;
    let ok = true;
    const parts: string[] = [];
    for (let k = i; k < i + n; k++) {
      if (tokens[k].stop && !keepStop) {
        ok = false;
        break;
      }
      parts.push(tokens[k].term);
    }
    if (ok) out.push(parts.join(" "));
  }
  return out;
}

/** How many n-gram positions (within clauses) a token list has: the denominator for n-gram rates. */
export function ngramPositions(tokens: readonly Token[], n: number): number {
  let count = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (tokens[i].clause === tokens[i + n - 1].clause && tokens[i].doc === tokens[i + n - 1].doc) count++;
  }
  return count;
}
