/**
 * A dfm for R and Python: the matrix in Matrix Market coordinate format (`dfm.mtx`, read by
 * `scipy.io.mmread` and R's `Matrix::readMM`), its columns (`features.csv`) and its rows with their
 * fields (`docvars.csv`), in the same order as the matrix. Format: NIST, "The Matrix Market Exchange
 * Formats: Initial Design" (Boisvert, Pozo & Remington, 1996): a banner line, comment lines, a size
 * line "rows columns entries", then one "row column value" line per nonzero cell, 1-based.
 */
import { join } from "node:path";
import { type Dfm, dfmRow, featureTotals } from "../analysis/dfm";
import { documentLanguage } from "../corpus/language";
import { writeFileAtomic } from "../io/atomicWrite";
import { toCsv } from "./csv";

/** The matrix as Matrix Market text: documents are rows, features columns. */
export function matrixMarket(m: Dfm): string {
  const lines = [
    "%%MatrixMarket matrix coordinate integer general",
    `% document-feature matrix: ${m.docs.length} documents × ${m.features.length} features (${m.ngram === 1 ? "terms" : `${m.ngram}-grams`}); rows in docvars.csv, columns in features.csv`,
    `${m.docs.length} ${m.features.length} ${m.cols.length}`,
  ];
  for (let d = 0; d < m.docs.length; d++) for (const [c, n] of dfmRow(m, d)) lines.push(`${d + 1} ${c + 1} ${n}`);
  return lines.join("\n") + "\n";
}

/** One row per feature, in column order: the term, its count and the documents holding it. */
export function featureTable(m: Dfm): { feature: string; count: number; docs: number }[] {
  const { count, docs } = featureTotals(m);
  return m.features.map((feature, i) => ({ feature, count: count[i], docs: docs[i] }));
}

/** One row per document, in row order: id, file, its rate denominator, language and every field. */
export function docvarTable(m: Dfm): Record<string, unknown>[] {
  const fields = [...new Set(m.docs.flatMap((d) => Object.keys(d.meta)))].filter((f) => f !== "id" && f !== "file" && f !== "tokens");
  // A document's language is a field even when only detected; a group row has its own fields only.
  const language = m.docs.every((d) => d.text !== "") && !fields.includes("language");
  return m.docs.map((d, i) => ({
    doc: d.id,
    file: d.file,
    tokens: m.totals[i],
    ...(language ? { language: documentLanguage(d) } : {}),
    ...Object.fromEntries(fields.map((f) => [f, d.meta[f] ?? null])),
  }));
}

/** Writes dfm.mtx, features.csv and docvars.csv into `dir` (each written whole, then renamed into place). */
export function writeDfm(m: Dfm, dir: string): string[] {
  const files = [join(dir, "dfm.mtx"), join(dir, "features.csv"), join(dir, "docvars.csv")];
  writeFileAtomic(files[0], matrixMarket(m));
  writeFileAtomic(files[1], toCsv(featureTable(m)));
  writeFileAtomic(files[2], toCsv(docvarTable(m)));
  return files;
}
