/**
 * TF-IDF with count weighting and base-10 inverse document frequency, quanteda's `dfm_tfidf`
 * defaults (Manning, Raghavan & Schütze 2008, eq. 6.8):
 *
 *   tfidf = count × log10(N / df)      N documents in the corpus, df of them containing the term
 *
 * A term found in every document scores 0.
 */
export function tfidf(count: number, documents: number, docFreq: number): number {
  return count * Math.log10(documents / docFreq);
}
