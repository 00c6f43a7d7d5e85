/**
 * Unicode normalisation applied before anything is counted: NFKC (full-width forms, ligatures,
 * non-breaking spaces), typographic quotes to ASCII quotes, and dashes to "-", so that
 * "China’s" and "China's" are one term. Every run of whitespace within a line becomes one space,
 * so words are separated alike whatever spaces the source used.
 */
export function normalizeText(s: string): string {
  // Plain ASCII (most English text; its UTF-8 length is its length) has nothing for NFKC, quotes or
  // dashes to change: only line ends and runs of spaces, and those only when present.
  if (Buffer.byteLength(s, "utf8") === s.length) {
    if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
    const tabs = s.includes("\t") || s.includes("\f") || s.includes("\v");
    return tabs || s.includes("  ") ? s.replace(/[ \t\f\v]+/g, " ") : s;
  }
  return (
    s
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      // An em dash glued between words ("cooperation—and") is punctuation, not a hyphen.
      .replace(/(\p{L})[\u2014\u2015](\p{L})/gu, "$1 - $2")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\r\n?/g, "\n")
      // Spaces NFKC leaves alone (ogham, line and paragraph separators, zero-width no-break) too.
      .replace(/[^\S\n]+/g, " ")
  );
}
