/**
 * `s` copied into a string of its own. V8 cuts a slice of 13 or more characters as a view into the
 * string it came from, and lower-casing a word already in lower case returns it as it is: kept as
 * a term or a group's name, such a piece would keep its whole document's text alive, and counting
 * a folder would end up holding every text that brought a new long word (a test holds the heap).
 */
export function ownString(s: string): string {
  if (s.length < 13) return s; // shorter slices are copies already
  const parts: string[] = [];
  // In pieces: a call takes only so many arguments, and a "word" can be a long run of letters.
  for (let from = 0; from < s.length; from += 4096) {
    const codes: number[] = [];
    for (let k = from; k < Math.min(s.length, from + 4096); k++) codes.push(s.charCodeAt(k));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.length === 1 ? parts[0] : parts.join("");
}
