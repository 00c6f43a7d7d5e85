import type { CorpusWarning } from "./corpus";

/** The fields the kit reads by name: a near miss of one is most likely a typo of it. */
const KNOWN = ["title", "author", "date", "file", "id", "encoding"];

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known field a key was most likely meant to be: the same but for case ("Date"), or one or two
 * edits away ("auhtor", "titel"; one edit where either name has four letters or fewer, so "site" is
 * not taken for "title"); undefined for a key that is known or far from every known one.
 */
export function meantField(key: string): string | undefined {
  // A folder repeats its fields in every entry: each name is judged once.
  if (judged.has(key)) return judged.get(key);
  const meant = nearestKnown(key);
  judged.set(key, meant);
  return meant;
}

const judged = new Map<string, string | undefined>();

function nearestKnown(key: string): string | undefined {
  if (KNOWN.includes(key)) return undefined;
  const lower = key.toLowerCase();
  if (KNOWN.includes(lower)) return lower;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN) {
    const max = Math.min(known.length, lower.length) <= 4 ? 1 : 2;
    const d = editDistance(lower, known, max);
    if (d <= max && d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

/** A warning for each field of `fields` (a table's: each column) that looks like a misspelt known one: it is kept as a field of its own. */
export function fieldTypos(file: string, fields: Record<string, unknown>, where: string, noun = "field"): CorpusWarning[] {
  return Object.keys(fields).flatMap((key) => {
    const meant = meantField(key);
    return meant ? [{ file, kind: "field" as const, message: `${where}: ${noun} "${key}": did you mean ${meant}? (kept as a field of its own)` }] : [];
  });
}
