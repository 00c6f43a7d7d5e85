import { groupOf, sortGroups } from "../corpus/corpus";
import { ngramPositions, ngrams } from "../text/ngrams";
import type { Tokens } from "../text/tokens";

/** Term counts of one group of documents. */
export interface GroupCounts {
  group: string;
  /** Number of documents in the group. */
  documents: number;
  /**
   * The rate denominator: word tokens (stop words included, a joined phrase counting once) for
   * unigrams; n-gram positions within clauses for n-grams.
   */
  total: number;
  counts: Map<string, number>;
  /** Documents of this group containing the term. */
  docFreq: Map<string, number>;
}

export interface CorpusCounts {
  by: string;
  ngram: number;
  groups: GroupCounts[];
  /** Documents in the whole corpus, and per term how many contain it (for IDF). */
  documents: number;
  docFreq: Map<string, number>;
}

export interface CountOptions {
  /** Metadata field to group by. Default "year". */
  by?: string;
  /** n-gram size. Default 1. */
  ngram?: number;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Counts terms (non-stop unigrams or n-grams) per group; the basis of frequency and keyness. */
export function countTerms(toks: Tokens, options: CountOptions = {}): CorpusCounts {
  const by = options.by ?? "year";
  const n = options.ngram ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ngram must be a whole number ≥ 1, got ${n}`);
  const byGroup = new Map<string, GroupCounts>();
  const docFreq = new Map<string, number>();
  for (const dt of toks.docs) {
    const group = groupOf(dt.doc, by, toks.corpus);
    let g = byGroup.get(group);
    if (!g) {
      g = { group, documents: 0, total: 0, counts: new Map(), docFreq: new Map() };
      byGroup.set(group, g);
    }
    g.documents++;
    g.total += n === 1 ? dt.tokens.length : ngramPositions(dt.tokens, n);
    const seen = new Set<string>();
    for (const term of ngrams(dt.tokens, n)) {
      bump(g.counts, term);
      seen.add(term);
    }
    for (const term of seen) {
      bump(g.docFreq, term);
      bump(docFreq, term);
    }
  }
  const groups = sortGroups(byGroup.keys()).map((k) => byGroup.get(k)!);
  return { by, ngram: n, groups, documents: toks.docs.length, docFreq };
}
