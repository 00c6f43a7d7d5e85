import { z } from "zod";
import type { Corpus } from "../corpus/corpus";
import { groupOf, sortGroups } from "../corpus/corpus";
import { DiscourseError } from "../errors";
import type { Frame, FrameDictionary } from "../lexicons/frameSchema";
import type { Progress } from "../progress";
import { words } from "../text/tokenize";
import { TokenScanner } from "../text/scanTokens";
import { type Tokens, resolveTokenOptions, tokenizeDocument } from "../text/tokens";
import { groupResampledRates, resampledSentenceRate, sentenceColumn, sentenceRate } from "./stats/sentenceBootstrap";
import { SeededRandom, percentileInterval } from "./stats/random";

/** One place a frame entry matched: the evidence behind every frame count. */
export interface FrameMatch {
  frame: string;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** The dictionary entry that matched. */
  entry: string;
}

/** Per-sentence word tokens and frame matches: the unit that bootstrap and permutation resample. */
export interface FrameSentence {
  doc: number;
  group: string;
  tokens: number;
  /** Matches per frame, in dictionary order. */
  counts: number[];
}

export interface FrameCounts {
  dictionary: FrameDictionary;
  by: string;
  corpus: Corpus;
  sentences: FrameSentence[];
  matches: FrameMatch[];
}

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
  /** Glob first words: the literal text before the first "*", and the entry position. */
  globs: { prefix: string; index: number }[];
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
    if (e.first.includes("*")) globs.push({ prefix: e.first.slice(0, e.first.indexOf("*")), index });
    else byFirst.set(e.first, [...(byFirst.get(e.first) ?? []), index]);
  });
  return { entries, byFirst, globs };
}

/** Positions of the entries whose first word can match `term`, in entry order (longest first). */
function candidates(frame: CompiledFrame, term: string): number[] {
  const exact = frame.byFirst.get(term) ?? [];
  const globbed = frame.globs.filter((g) => term.startsWith(g.prefix)).map((g) => g.index);
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

/**
 * Finds every frame entry in the corpus. Matching is on lower-cased words (no stop-word removal,
 * no phrase joining, no stemming, whatever the token options), a phrase only within a sentence,
 * and a word is counted at most once per frame (the longest entry wins).
 */
export function frameCounts(corpus: Corpus, dictionary: FrameDictionary, options: { by?: string; progress?: Progress } = {}): FrameCounts {
  const by = options.by ?? "year";
  const opts = resolveTokenOptions({ stopwords: "none", phrases: "none", stem: false, keepAcronyms: false, stripPossessives: true });
  const scanner = new TokenScanner(opts);
  const compiled = dictionary.frames.map(compileFrame);
  const startsAt = startsIndex(compiled);
  const sentences: FrameSentence[] = [];
  const matches: FrameMatch[] = [];
  // One document at a time: its tokens are dropped once its matches are found.
  corpus.documents.forEach((doc, di) => {
    const dt = tokenizeDocument(doc, di, opts, scanner);
    const group = groupOf(dt.doc, by, corpus);
    const perSentence = dt.sentences.map(() => ({ tokens: 0, counts: dictionary.frames.map(() => 0) }));
    for (const t of dt.tokens) perSentence[t.sentence].tokens++;
    const ts = dt.tokens;
    const starts = ts.map((t) => startsAt(t.term));
    compiled.forEach((frame, fi) => {
      for (let i = 0; i < ts.length; i++) {
        const possible = starts[i]?.[fi];
        if (!possible?.length) continue;
        const at = possible.find((c) => {
          const e = frame.entries[c];
          return i + e.words.length <= ts.length && e.words.every((test, k) => ts[i + k].sentence === ts[i].sentence && test(ts[i + k].term));
        });
        if (at === undefined) continue;
        const hit = frame.entries[at];
        const last = ts[i + hit.words.length - 1];
        perSentence[ts[i].sentence].counts[fi]++;
        matches.push({
          frame: dictionary.frames[fi].id,
          doc: dt.doc.id,
          sentence: ts[i].sentence,
          start: ts[i].start,
          end: last.end,
          text: dt.doc.text.slice(ts[i].start, last.end),
          entry: hit.entry,
        });
        i += hit.words.length - 1;
      }
    });
    for (const s of perSentence) sentences.push({ doc: di, group, ...s });
    options.progress?.(di + 1, corpus.documents.length);
  });
  return { dictionary, by, corpus, sentences, matches };
}

export const FrameRateRowSchema = z.object({
  frame: z.string(),
  label: z.string(),
  group: z.string(),
  documents: z.number().int(),
  tokens: z.number().int(),
  matches: z.number().int(),
  /** Matches per 1,000 word tokens. */
  per1k: z.number(),
  /** Seeded bootstrap 95% interval of per1k, resampling sentences. */
  ciLow: z.number(),
  ciHigh: z.number(),
});
export type FrameRateRow = z.infer<typeof FrameRateRowSchema>;

export interface BootstrapOptions {
  /** Resamples. Default 2000. */
  iterations?: number;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Hears about resamples (and permutations) drawn so far. */
  progress?: Progress;
}

const rate = (m: number, n: number) => (n > 0 ? (m / n) * 1000 : 0);

const sumRate = (ss: readonly FrameSentence[], fi: number) => sentenceRate(ss, fi, 1000);

/**
 * Frame prevalence per group: matches per 1,000 word tokens with a percentile bootstrap interval
 * (Efron & Tibshirani 1993, ch. 13) from resampling the group's sentences, seeded.
 */
export function frameRates(fc: FrameCounts, options: BootstrapOptions = {}): FrameRateRow[] {
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const groups = sortGroups(fc.sentences.map((s) => s.group));
  const frames = fc.dictionary.frames;
  const sentences = groups.map((group) => fc.sentences.filter((s) => s.group === group));
  const boots = groupResampledRates(sentences, frames.length, 1000, { iterations, seed: options.seed ?? 1, progress: options.progress });
  const byGroup = groups.map((group, gi) => {
    const ss = sentences[gi];
    return { group, ss, boot: boots[gi], documents: new Set(ss.map((s) => s.doc)).size, tokens: ss.reduce((t, s) => t + s.tokens, 0) };
  });
  const rows: FrameRateRow[] = [];
  frames.forEach((frame, fi) => {
    for (const { group, ss, boot, documents, tokens } of byGroup) {
      const [ciLow, ciHigh] = percentileInterval(Array.from(boot[fi]), level);
      const matches = ss.reduce((t, s) => t + s.counts[fi], 0);
      rows.push({ frame: frame.id, label: frame.label, group, documents, tokens, matches, per1k: rate(matches, tokens), ciLow, ciHigh });
    }
  });
  return rows;
}

export const FrameDocumentRowSchema = z.object({
  frame: z.string(),
  doc: z.string(),
  group: z.string(),
  tokens: z.number().int(),
  matches: z.number().int(),
  per1k: z.number(),
});
export type FrameDocumentRow = z.infer<typeof FrameDocumentRowSchema>;

/** Frame prevalence per document (matches per 1,000 word tokens). */
export function frameRatesByDocument(fc: FrameCounts): FrameDocumentRow[] {
  const byDoc: FrameSentence[][] = fc.corpus.documents.map(() => []);
  for (const s of fc.sentences) byDoc[s.doc].push(s);
  return fc.dictionary.frames.flatMap((frame, fi) =>
    fc.corpus.documents.map((doc, di) => {
      const ss = byDoc[di];
      const matches = ss.reduce((t, s) => t + s.counts[fi], 0);
      const tokens = ss.reduce((t, s) => t + s.tokens, 0);
      return { frame: frame.id, doc: doc.id, group: ss[0]?.group ?? groupOf(doc, fc.by, fc.corpus), tokens, matches, per1k: rate(matches, tokens) };
    }),
  );
}

export const FrameDiffRowSchema = z.object({
  frame: z.string(),
  label: z.string(),
  matchesA: z.number().int(),
  matchesB: z.number().int(),
  per1kA: z.number(),
  per1kB: z.number(),
  /** per1kA − per1kB. */
  diff: z.number(),
  /** Seeded bootstrap interval of diff (sentences resampled within each group). */
  ciLow: z.number(),
  ciHigh: z.number(),
  /** Two-sided permutation p-value: sentences shuffled between A and B. */
  pPermutation: z.number(),
});
export type FrameDiffRow = z.infer<typeof FrameDiffRowSchema>;

/**
 * The A − B difference in each frame's rate, with a seeded bootstrap interval (each group's
 * sentences resampled independently) and a two-sided permutation p-value: the share of random
 * reassignments of the pooled sentences to groups of the observed sizes whose |difference| is at
 * least the observed one, counted as (k + 1) / (R + 1) (Phipson & Smyth 2010).
 */
export function frameDifference(fc: FrameCounts, a: string, b: string, options: BootstrapOptions = {}): FrameDiffRow[] {
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const groups = new Set(fc.sentences.map((s) => s.group));
  for (const [flag, g] of [["--a", a], ["--b", b]] as const) {
    if (!groups.has(g)) throw new DiscourseError(`no document has ${fc.by} = "${g}"; choose one of: ${sortGroups(groups).join(", ")}`, { field: flag });
  }
  const A = fc.sentences.filter((s) => s.group === a);
  const B = fc.sentences.filter((s) => s.group === b);
  // Each frame draws `iterations` resamples, then as many permutations.
  const total = 2 * iterations * fc.dictionary.frames.length;
  return fc.dictionary.frames.map((frame, fi) => {
    const per1kA = sumRate(A, fi);
    const per1kB = sumRate(B, fi);
    const diff = per1kA - per1kB;
    const random = new SeededRandom((options.seed ?? 1) + fi * 104729);
    const colA = sentenceColumn(A, fi);
    const colB = sentenceColumn(B, fi);
    const tick = (r: number) => options.progress?.(2 * iterations * fi + r, total);
    const boot = Array.from({ length: iterations }, (_, r) => {
      const d = resampledSentenceRate(colA, 1000, random) - resampledSentenceRate(colB, 1000, random);
      tick(r + 1);
      return d;
    });
    const [ciLow, ciHigh] = percentileInterval(boot, level);
    // Permutations: the pooled sentences shuffled in place (Fisher–Yates), the first |A| taken as A.
    const pooled = sentenceColumn([...A, ...B], fi);
    const order = Int32Array.from(pooled.tokens, (_, i) => i);
    let extreme = 0;
    for (let r = 0; r < iterations; r++) {
      random.shuffle(order);
      let mA = 0, nA = 0, mB = 0, nB = 0;
      for (let k = 0; k < order.length; k++) {
        const idx = order[k];
        if (k < A.length) (mA += pooled.matches[idx]), (nA += pooled.tokens[idx]);
        else (mB += pooled.matches[idx]), (nB += pooled.tokens[idx]);
      }
      if (Math.abs(rate(mA, nA) - rate(mB, nB)) >= Math.abs(diff) - 1e-9) extreme++;
      tick(iterations + r + 1);
    }
    return {
      frame: frame.id,
      label: frame.label,
      matchesA: A.reduce((t, s) => t + s.counts[fi], 0),
      matchesB: B.reduce((t, s) => t + s.counts[fi], 0),
      per1kA,
      per1kB,
      diff,
      ciLow,
      ciHigh,
      pPermutation: (extreme + 1) / (iterations + 1),
    };
  });
}

/**
 * The frequent terms no frame matches (a coverage view for refining the dictionary): non-stop
 * terms by count.
 */
export function frameCoverage(fc: FrameCounts, toks: Tokens, options: { top?: number } = {}): { term: string; count: number }[] {
  const matched = new Set<string>();
  for (const m of fc.matches) for (const w of words(m.text)) matched.add(w.replace(/'s$/, ""));
  const counts = new Map<string, number>();
  for (const d of toks.docs) {
    for (const t of d.tokens) {
      if (t.stop) continue;
      const ws = t.term.toLowerCase().split(" ");
      if (ws.every((w) => matched.has(w))) continue;
      counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : 1))
    .slice(0, options.top ?? 30);
}
