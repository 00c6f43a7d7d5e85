import type { Frame, FrameDictionary } from "../../lexicons/frameSchema";
import type { Token, WordColumns } from "../../text/tokens";
import { words } from "../../text/words";

/**
 * Dictionary matching: where a frame's entries (words, globs such as "cooperat*", multiword phrases)
 * stand in a document's tokens. Matching is on lower-cased words, a phrase only within a sentence,
 * and a word is matched at most once per frame (the longest entry wins).
 */

type WordTest = (w: string) => boolean;
interface CompiledEntry {
  entry: string;
  words: WordTest[];
  /** The first word's pattern: an exact word, or a glob whose literal prefix is known. */
  first: string;
}

/** A frame's entries (longest first) and, to avoid testing every entry at every token, an index by first word. */
interface CompiledFrame {
  entries: CompiledEntry[];
  /** Exact first word → entry positions. */
  byFirst: Map<string, number[]>;
  /**
   * Glob first words: the literal text before the first "*", the literal pieces between stars (a
   * word must hold them all: "*共赢" has no prefix, and without this every word would be tested
   * against its pattern), and the entry position.
   */
  globs: { prefix: string; pieces: string[]; index: number }[];
}

function wordTest(pattern: string): WordTest {
  if (!pattern.includes("*")) return (w) => w === pattern;
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\p{L}\\p{N}'\\-]*")}$`, "u");
  return (w) => re.test(w);
}

function compileFrame(frame: Frame): CompiledFrame {
  const entries = frame.entries
    .map((entry) => {
      // "cooperat*" must stay one pattern: split on spaces, not with the word tokenizer.
      const patterns = entry.toLowerCase().split(/\s+/).filter(Boolean).map((w) => (w.includes("*") ? w : words(w).join(" ")));
      return { entry, words: patterns.map(wordTest), first: patterns[0] ?? "" };
    })
    .sort((a, b) => b.words.length - a.words.length); // longest entry first
  const byFirst = new Map<string, number[]>();
  const globs: CompiledFrame["globs"] = [];
  entries.forEach((e, index) => {
    if (e.first.includes("*")) globs.push({ prefix: e.first.slice(0, e.first.indexOf("*")), pieces: e.first.split("*").filter(Boolean), index });
    else byFirst.set(e.first, [...(byFirst.get(e.first) ?? []), index]);
  });
  return { entries, byFirst, globs };
}

/** Positions of the entries whose first word can match `term`, in entry order (longest first). */
function candidates(frame: CompiledFrame, term: string): number[] {
  const exact = frame.byFirst.get(term) ?? [];
  const globbed = frame.globs.filter((g) => term.startsWith(g.prefix) && g.pieces.every((p) => term.includes(p))).map((g) => g.index);
  return globbed.length ? [...exact, ...globbed].sort((a, b) => a - b) : exact;
}

/**
 * `candidates` of every frame for a term, or null when no entry of any frame starts there (most
 * words). Worked out once per term: a corpus repeats its words.
 */
function startsIndex(frames: CompiledFrame[]): (term: string) => number[][] | null {
  const seen = new Map<string, number[][] | null>();
  return (term) => {
    let found = seen.get(term);
    if (found === undefined) {
      const lists = frames.map((f) => candidates(f, term));
      found = lists.some((l) => l.length > 0) ? lists : null;
      seen.set(term, found);
    }
    return found;
  };
}

/** A frame entry found at tokens [first, last] of a document. */
export interface EntryMatch {
  frame: number;
  first: number;
  last: number;
  entry: string;
}

/** The words matching reads: each one's term and sentence, and where a tokenizer gives them, term ids. */
type Words = Pick<WordColumns, "terms" | "sentence"> & { ids?: Int32Array };

/**
 * A dictionary compiled once for a corpus: `matchFrames(words)` finds its entries in one document,
 * given as tokens or as word columns.
 */
export function frameMatcher(dictionary: FrameDictionary): (words: readonly Token[] | Words) => EntryMatch[] {
  const match = columnMatcher(dictionary);
  return (words) => match(Array.isArray(words) ? { terms: words.map((t) => t.term), sentence: Int32Array.from(words, (t) => t.sentence) } : (words as Words));
}

function columnMatcher(dictionary: FrameDictionary): (ts: Words) => EntryMatch[] {
  const compiled = dictionary.frames.map(compileFrame);
  const startsAt = startsIndex(compiled);
  // By term id, where the words carry ids: an array read instead of a string hashed per word.
  const byId: (number[][] | null)[] = [];
  // The term each id was cached for: words from another tokenizer number their terms otherwise.
  const termOfId: string[] = [];
  return (ts) => {
    const found: EntryMatch[] = [];
    const ids = ts.ids;
    // Per frame, the first token a new match may start at: a frame's matches do not overlap.
    const free = new Array<number>(compiled.length).fill(0);
    for (let i = 0; i < ts.terms.length; i++) {
      // Most words start no entry of any frame: one lookup, then on.
      let starts: number[][] | null;
      const id = ids ? ids[i] : -1;
      if (id >= 0 && termOfId[id] === ts.terms[i]) starts = byId[id];
      else {
        starts = startsAt(ts.terms[i]);
        if (id >= 0) (byId[id] = starts), (termOfId[id] = ts.terms[i]);
      }
      if (starts === null) continue;
      for (let fi = 0; fi < compiled.length; fi++) {
        if (i < free[fi]) continue;
        const frame = compiled[fi];
        const at = starts[fi].find((c) => entryAt(frame.entries[c], ts, i));
        if (at === undefined) continue;
        const hit = frame.entries[at];
        found.push({ frame: fi, first: i, last: i + hit.words.length - 1, entry: hit.entry });
        free[fi] = i + hit.words.length;
      }
    }
    // Frame by frame, in text order within each, as a frame-at-a-time scan lists them.
    return found.sort((x, y) => x.frame - y.frame || x.first - y.first);
  };
}

/** The entry's words match the words from `i` on, within one sentence. */
function entryAt(e: CompiledEntry, ts: Words, i: number): boolean {
  return i + e.words.length <= ts.terms.length && e.words.every((test, k) => ts.sentence[i + k] === ts.sentence[i] && test(ts.terms[i + k]));
}
