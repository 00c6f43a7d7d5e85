import type { DocTokens } from "../../text/tokens";
import type { QueryHit } from "../kwic";

/**
 * The window of each occurrence of a node: `left` and `right` words on either side (stop words count
 * as positions, as in KWIC), inside the node's sentence. What a collocate is counted in.
 */
export interface WindowOptions {
  /** Words before the node. Default 5. */
  left?: number;
  /** Words after the node. Default 5. */
  right?: number;
}

/**
 * The token indexes inside any window of the node in one document: each position once, even where
 * two windows overlap, and never a token of a node occurrence itself. Stop words are positions but
 * not collocates, so they are left out of the set.
 */
export function windowPositions(dt: DocTokens, hits: readonly QueryHit[], options: WindowOptions = {}): number[] {
  const left = options.left ?? 5;
  const right = options.right ?? 5;
  const { tokens } = dt;
  const inNode = new Set<number>();
  for (const h of hits) for (let i = h.span.from; i < h.span.to; i++) inNode.add(i);
  const inside = new Set<number>();
  for (const h of hits) {
    if (h.span.to <= h.span.from) continue;
    const sentence = tokens[h.span.from].sentence;
    for (let i = Math.max(0, h.span.from - left); i < h.span.from; i++) if (tokens[i].sentence === sentence) inside.add(i);
    for (let i = h.span.to; i < Math.min(tokens.length, h.span.to + right); i++) if (tokens[i].sentence === sentence) inside.add(i);
  }
  return [...inside].filter((i) => !inNode.has(i) && !tokens[i].stop).sort((a, b) => a - b);
}
