/**
 * The document-feature matrix (quanteda's `dfm`): every document's term counts, counted once, for
 * every statistic that needs counts and nothing finer (frequency, keyness, TF-IDF), and for export
 * to R or Python (src/export/matrixMarket.ts). Rows are documents with their fields (docvars),
 * columns the features in order of first appearance; the matrix is sparse, stored by rows (CSR):
 * document d's cells are `features[cols[k]]` × `counts[k]` for k in [rowStart[d], rowStart[d + 1]).
 *
 * A dfm counts what `countTerms` counts: non-stop terms (or n-grams within clauses), with each
 * document's rate denominator (`totals`: word tokens, stop words included; n-gram positions for
 * n-grams). Statistics that resample sentences (trends, frame and stance intervals) need the tokens.
 */
import { type Document, checkGroupingField, groupOf, sortGroups } from "../corpus/corpus";
import { DiscourseError } from "../errors";
import { ngramPositions, ngrams } from "../text/ngrams";
import type { ResolvedTokenOptions, Tokens } from "../text/tokens";

/** A row of a dfm: a document (its fields are the docvars), or a group after `dfmGroup`. */
export type DfmDoc = Pick<Document, "id" | "file" | "meta" | "text">;

export interface Dfm {
  /** One row each: the corpus's documents, or groups after `dfmGroup`. */
  docs: DfmDoc[];
  features: string[];
  rowStart: Int32Array;
  cols: Int32Array;
  counts: Int32Array;
  /** Each row's rate denominator. */
  totals: number[];
  ngram: number;
  /** The token options the counts were made with, for reports. */
  options: ResolvedTokenOptions;
}

export interface DfmOptions {
  /** n-gram size. Default 1. */
  ngram?: number;
}

/** A dfm from rows of (feature index → count) maps. */
function fromRows(base: Omit<Dfm, "rowStart" | "cols" | "counts">, rows: Map<number, number>[]): Dfm {
  const rowStart = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((r, i) => {
    nnz += r.size;
    rowStart[i + 1] = nnz;
  });
  const cols = new Int32Array(nnz);
  const counts = new Int32Array(nnz);
  let k = 0;
  for (const r of rows) {
    for (const [col, n] of [...r].sort((x, y) => x[0] - y[0])) {
      cols[k] = col;
      counts[k++] = n;
    }
  }
  return { ...base, rowStart, cols, counts };
}

/** Counts every document's terms (or n-grams) once: the matrix the other verbs read. */
export function dfm(toks: Tokens, options: DfmOptions = {}): Dfm {
  const n = options.ngram ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new DiscourseError(`expected a whole number ≥ 1, got ${n}`, { field: "options.ngram" });
  const index = new Map<string, number>();
  const features: string[] = [];
  const col = (term: string) => {
    let c = index.get(term);
    if (c === undefined) {
      index.set(term, (c = features.length));
      features.push(term);
    }
    return c;
  };
  const rows = toks.docs.map((dt) => {
    const row = new Map<number, number>();
    const terms = n === 1 ? dt.tokens.filter((t) => !t.stop).map((t) => t.term) : ngrams(dt.tokens, n);
    for (const term of terms) {
      const c = col(term);
      row.set(c, (row.get(c) ?? 0) + 1);
    }
    return row;
  });
  const totals = toks.docs.map((dt) => (n === 1 ? dt.tokens.length : ngramPositions(dt.tokens, n)));
  return fromRows({ docs: toks.docs.map((dt) => dt.doc), features, totals, ngram: n, options: toks.options }, rows);
}

/** The cells of row `d` as (feature index, count) pairs. */
export function* dfmRow(m: Dfm, d: number): Generator<[number, number]> {
  for (let k = m.rowStart[d]; k < m.rowStart[d + 1]; k++) yield [m.cols[k], m.counts[k]];
}

/** Each feature's count over all rows, and the number of rows it occurs in. */
export function featureTotals(m: Dfm): { count: Int32Array; docs: Int32Array } {
  const count = new Int32Array(m.features.length);
  const docs = new Int32Array(m.features.length);
  for (let k = 0; k < m.cols.length; k++) {
    count[m.cols[k]] += m.counts[k];
    docs[m.cols[k]]++;
  }
  return { count, docs };
}

/**
 * Rows summed by a field's value (quanteda's `dfm_group`): one row per group, in the kit's group
 * order, whose `meta` holds the field and the number of documents.
 */
export function dfmGroup(m: Dfm, by: string): Dfm {
  checkGroupingField({ documents: m.docs }, by);
  const groups = sortGroups(m.docs.map((d) => groupOf(d, by)));
  const at = new Map(groups.map((g, i) => [g, i]));
  const rows = groups.map(() => new Map<number, number>());
  const totals = groups.map(() => 0);
  const sizes = groups.map(() => 0);
  m.docs.forEach((doc, d) => {
    const g = at.get(groupOf(doc, by))!;
    sizes[g]++;
    totals[g] += m.totals[d];
    for (const [c, n] of dfmRow(m, d)) rows[g].set(c, (rows[g].get(c) ?? 0) + n);
  });
  const docs: DfmDoc[] = groups.map((g, i) => ({ id: g, file: "", text: "", meta: { [by]: g, documents: sizes[i] } }));
  return fromRows({ docs, features: m.features, totals, ngram: m.ngram, options: m.options }, rows);
}

/** Only the features whose index passes `keep`, renumbered in their order. */
function keepFeatures(m: Dfm, keep: (f: number) => boolean): Dfm {
  const renumber = new Int32Array(m.features.length).fill(-1);
  const features: string[] = [];
  m.features.forEach((f, i) => {
    if (keep(i)) {
      renumber[i] = features.length;
      features.push(f);
    }
  });
  const rows = m.docs.map((_, d) => {
    const row = new Map<number, number>();
    for (const [c, n] of dfmRow(m, d)) if (renumber[c] >= 0) row.set(renumber[c], n);
    return row;
  });
  // Totals stay the documents' own: a rate after trimming is still per word token of the document.
  return fromRows({ docs: m.docs, features, totals: m.totals, ngram: m.ngram, options: m.options }, rows);
}

/** Features that occur at least `minCount` times in all, in at least `minDocs` rows (quanteda's `dfm_trim`). */
export function dfmTrim(m: Dfm, options: { minCount?: number; minDocs?: number }): Dfm {
  const { count, docs } = featureTotals(m);
  const minCount = options.minCount ?? 1;
  const minDocs = options.minDocs ?? 1;
  return keepFeatures(m, (f) => count[f] >= minCount && docs[f] >= minDocs);
}

/**
 * Only the features named (a list of terms), or matching a glob ("cyber*", "* cooperation"; `*` any
 * characters, case-insensitive), as quanteda's `dfm_select`.
 */
export function dfmSelect(m: Dfm, pattern: readonly string[] | string): Dfm {
  if (typeof pattern !== "string") {
    const wanted = new Set(pattern);
    return keepFeatures(m, (f) => wanted.has(m.features[f]));
  }
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "iu");
  return keepFeatures(m, (f) => re.test(m.features[f]));
}
