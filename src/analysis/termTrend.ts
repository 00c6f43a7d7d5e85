import { foldedQuery } from "../text/aliasFolds";
import { z } from "zod";
import { checkGroupingField, groupOf, sortGroups } from "../corpus/corpus";
import type { Tokens } from "../text/tokens";
import { type CorpusCounts, countTerms } from "./counts";
import type { BootstrapOptions } from "./frames";
import { type CountedSentence, groupResampledRates, percentileInterval } from "./stats/bootstrap";

export const TermTrendRowSchema = z.object({
  term: z.string(),
  group: z.string(),
  documents: z.number().int(),
  /** Word tokens of the group (stop words included): the denominator of `discourse freq`. */
  tokens: z.number().int(),
  count: z.number().int(),
  /** Occurrences per 10,000 word tokens, as in `termFrequency`. */
  per10k: z.number(),
  /** Seeded percentile bootstrap interval of per10k, resampling the group's sentences. */
  ciLow: z.number(),
  ciHigh: z.number(),
});
export type TermTrendRow = z.infer<typeof TermTrendRowSchema>;

export interface TermTrendOptions extends BootstrapOptions {
  /** Metadata field to group by. Default "year". */
  by?: string;
  /** Terms to follow (a spelling of a folded entity names its term). Default: the `top` most frequent terms of the whole corpus. */
  terms?: readonly string[];
  /** How many terms when `terms` is not given. Default 6 (one colour each). */
  top?: number;
  /** `countTerms` of the tokens (unigrams, any grouping), when made already: the top terms are read from it. */
  counts?: CorpusCounts;
}

/** One sentence: its word tokens and how often each followed term occurs in it. */
type TrendSentence = CountedSentence & { counts: number[] };

/**
 * How often each term occurs in each group, in group order (years ascending): the rate per 10,000
 * word tokens with a seeded percentile bootstrap interval from resampling sentences within the
 * group (Efron & Tibshirani 1993, ch. 13), the unit frames use too. Terms are counted as
 * `termFrequency` counts them (stop words out, case folded, phrases joined).
 */
export function termTrend(toks: Tokens, options: TermTrendOptions = {}): TermTrendRow[] {
  const by = options.by ?? "year";
  checkGroupingField(toks.corpus, by);
  // A spelling of a folded entity ("US") follows the entity's term ("United States").
  const terms = options.terms ? [...new Set(options.terms.map((t) => foldedQuery(t, toks.options) ?? t))] : topTerms(options.counts?.ngram === 1 ? options.counts : countTerms(toks, { by }), options.top ?? 6);
  const index = new Map(terms.map((t, i) => [t, i]));
  const byGroup = new Map<string, { docs: number; sentences: TrendSentence[] }>();
  for (const dt of toks.docs) {
    const group = groupOf(dt.doc, by);
    if (!byGroup.has(group)) byGroup.set(group, { docs: 0, sentences: [] });
    const g = byGroup.get(group)!;
    g.docs++;
    const sentences = new Map<number, TrendSentence>();
    for (const t of dt.tokens) {
      let s = sentences.get(t.sentence);
      if (!s) sentences.set(t.sentence, (s = { tokens: 0, counts: new Array(terms.length).fill(0) }));
      s.tokens++;
      const i = t.stop ? undefined : index.get(t.term);
      if (i !== undefined) s.counts[i]++;
    }
    g.sentences.push(...sentences.values());
  }

  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const rows: TermTrendRow[] = [];
  const ordered = sortGroups(byGroup.keys()).map((group) => ({ group, ...byGroup.get(group)! }));
  const boots = groupResampledRates(ordered.map((g) => g.sentences), terms.length, 10_000, { iterations, seed: options.seed ?? 1, progress: options.progress });
  const groups = ordered.map(({ group, docs, sentences }, gi) => ({ group, docs, sentences, boot: boots[gi], tokens: sentences.reduce((s, x) => s + x.tokens, 0) }));
  terms.forEach((term, ti) => {
    for (const { group, docs, sentences, boot, tokens } of groups) {
      const count = sentences.reduce((s, x) => s + x.counts[ti], 0);
      const [ciLow, ciHigh] = percentileInterval(Array.from(boot[ti]), level);
      rows.push({ term, group, documents: docs, tokens, count, per10k: tokens ? (count / tokens) * 10_000 : 0, ciLow, ciHigh });
    }
  });
  return rows;
}

/** The n most frequent terms over all groups (ties by term), so the trend follows the corpus's main words. */
function topTerms(counts: CorpusCounts, n: number): string[] {
  const total = new Map<string, number>();
  for (const g of counts.groups) for (const [t, c] of g.counts) total.set(t, (total.get(t) ?? 0) + c);
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}
