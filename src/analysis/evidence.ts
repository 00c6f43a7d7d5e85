import { groupOf } from "../corpus/corpus";
import type { Tokens } from "../text/tokens";
import { type KwicRow, termConcordances } from "./kwic";

/** The KWIC lines behind a key term, split by the two groups compared. */
export interface TermEvidence {
  term: string;
  a: KwicRow[];
  b: KwicRow[];
}

/**
 * Links each term to its concordance lines in group A and group B, so every keyness claim can be
 * read in the sentences that produced it. Lines are exactly the occurrences counted.
 */
export function termEvidence(
  toks: Tokens,
  terms: readonly string[],
  options: { by?: string; a: string; b: string; window?: number },
): TermEvidence[] {
  const by = options.by ?? "year";
  const groupOfDoc = new Map(toks.docs.map((d) => [d.doc.id, groupOf(d.doc, by)]));
  const lines = termConcordances(toks, terms, { window: options.window ?? 8 });
  return terms.map((term) => {
    const rows = lines.get(term) ?? [];
    return {
      term,
      a: rows.filter((r) => groupOfDoc.get(r.doc) === String(options.a)),
      b: rows.filter((r) => groupOfDoc.get(r.doc) === String(options.b)),
    };
  });
}
