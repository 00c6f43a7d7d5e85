// Import natural's Porter stemmer module directly: the package index pulls in optional services
// that print banners on import.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const porter: { stem(word: string): string } = require("natural/lib/natural/stemmers/porter_stemmer");

const cache = new Map<string, string>();

/** Porter (1980) stem of a lower-case word, memoised because corpora repeat words heavily. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    // Keep hyphenated words and abbreviations whole: the stemmer would only mangle them.
    s = /^[a-z]+$/.test(word) ? porter.stem(word) : word;
    cache.set(word, s);
  }
  return s;
}
