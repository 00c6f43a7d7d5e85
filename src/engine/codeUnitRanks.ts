/** Code units of a string's start that go into its sort key: 7 bits each, below 127 as they are. */
const UNIT_BITS = 7;
const LAST_UNIT = 127;

/**
 * Each string's place in code-unit order (the order of `<`, and of `sort()` without a comparator):
 * `rank[i]` is where `strings[i]` goes. Each string's first few code units and its index are
 * packed into one number, the numbers are sorted as numbers, and only strings whose packed start is
 * the same are compared as strings: a sort of numbers, not of strings, for 100,000+ terms.
 */
export function codeUnitRanks(strings: readonly string[]): Int32Array {
  const n = strings.length;
  const rank = new Int32Array(n);
  // Key = start × 2^indexBits + index, exact in a double while under 2^53.
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const units = Math.floor((53 - indexBits) / UNIT_BITS);
  const indexScale = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = startOf(strings[i], units) * indexScale + i;
  keys.sort();
  const tied: number[] = [];
  const byString = (a: number, b: number) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0);
  let r = 0;
  for (let j = 0; j < n; ) {
    const start = Math.floor(keys[j] / indexScale);
    let end = j + 1;
    while (end < n && Math.floor(keys[end] / indexScale) === start) end++;
    if (end === j + 1) rank[keys[j] % indexScale] = r++;
    else {
      // Same start: in string order among themselves.
      tied.length = 0;
      for (let k = j; k < end; k++) tied.push(keys[k] % indexScale);
      tied.sort(byString);
      for (const i of tied) rank[i] = r++;
    }
    j = end;
  }
  return rank;
}

/**
 * The first `units` code units of `s` as one number, in the same order as the strings: shorter
 * strings padded with 0. A unit of 127 or more is written as 127 and ends the key (the rest 0), so
 * that strings differing there or after it share a key and are compared as strings.
 */
function startOf(s: string, units: number): number {
  let key = 0;
  let k = 0;
  for (; k < units && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= LAST_UNIT) {
      key = key * (LAST_UNIT + 1) + LAST_UNIT;
      k++;
      break;
    }
    key = key * (LAST_UNIT + 1) + c;
  }
  for (; k < units; k++) key *= LAST_UNIT + 1;
  return key;
}
