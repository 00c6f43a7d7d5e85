import type { Alias, ActorRegistry } from "../../lexicons/actorSchema";

/**
 * How a mention names its actor: by name, by demonym ("Chinese"), in a collective ("both sides"),
 * or coordinated with another actor ("China and the US should…"), which like a collective speaks
 * of both at once.
 */
export type MentionStrength = "name" | "demonym" | "collective" | "coordinated";

/** One actor named at a character span of a text. */
export interface ActorMatch {
  actor: string;
  start: number;
  end: number;
  /** The text matched, as written. */
  text: string;
  /** The registry alias that matched (a pattern shows as /…/). */
  alias: string;
  strength: MentionStrength;
  /** Followed by 's or ' ("China's", "the US'"). */
  possessive: boolean;
}

interface CompiledAlias {
  regex: RegExp;
  alias: string;
  actors: string[];
  strength: MentionStrength;
  /** Covered by the registry's screens (a name given as text; a user's pattern may hold back-references). */
  screened: boolean;
  /**
   * A piece of the name every match holds (ASCII lower-cased, or Han as written): a sentence without
   * it cannot hold the name, and the name's expression is not run there.
   */
  needle?: { text: string; lower: boolean };
}

export interface CompiledRegistry {
  aliases: CompiledAlias[];
  /**
   * All screened aliases as one alternation per case rule. A text that no screen matches has no
   * screened mention: run over a whole text they find the sentences worth matching, and in a text
   * whose needles cannot be trusted they decide whether the aliases run one by one.
   */
  screens: RegExp[];
  /**
   * The screens with the g flag, to run over a whole text (`sentencesNamingActors`); null when an
   * alias is not screened (a user's pattern), so that no sentence can be left out.
   */
  textScreens: RegExp[] | null;
  /**
   * Aliases (by index) whose needle is a word of ASCII letters and digits, by that word: in any
   * match the word stands whole, so a sentence is tried only for the aliases of its own words (a
   * registry of hundreds of suggested actors has thousands of aliases).
   */
  byWord: Map<string, number[]>;
  /** Aliases without such a needle: tried in every sentence. */
  unindexed: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A short all-capital name ("US", "PRC", "U.S.") is an acronym: it matches only as written. */
function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, "");
  return /^[A-Z]{1,5}$/.test(letters);
}

function compileAlias(alias: Alias): { source: string; flags: string; label: string; screened: boolean } {
  if (typeof alias === "string") alias = { text: alias };
  if (alias.pattern !== undefined) {
    return { source: alias.pattern, flags: alias.case === "exact" ? "gu" : "giu", label: `/${alias.pattern}/`, screened: false };
  }
  const text = alias.text!;
  const exact = alias.case ? alias.case === "exact" : isAcronym(text);
  // Words may be separated by any whitespace; apostrophes may be straight or curly.
  const source = text.split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]")).join("\\s+");
  return { source, flags: exact ? "gu" : "giu", label: text, screened: true };
}

// Not inside a word: no letter or digit just before or after. Chinese runs on without spaces, so a
// name that starts or ends with a Han character has no boundary on that side (美国 in 美国的打压).
const HAN = /\p{Script=Han}/u;
const HAN_START = /^\p{Script=Han}/u;
const HAN_END = /\p{Script=Han}$/u;
function wholeWord(source: string, flags: string, text?: string): RegExp {
  const before = text !== undefined && HAN_START.test(text) ? "" : "(?<![\\p{L}\\p{N}])";
  const after = text !== undefined && HAN_END.test(text) ? "" : "(?![\\p{L}\\p{N}])";
  return new RegExp(`${before}(?:${source})${after}`, flags);
}

/** The longest piece of a name between spaces and apostrophes, where a plain substring test is exact. */
function needleOf(text: string | undefined): CompiledAlias["needle"] {
  if (text === undefined) return undefined;
  const piece = text.split(/[\s'’]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  if (/^[\x20-\x7e]+$/.test(piece)) return { text: piece.toLowerCase(), lower: true };
  if (/^\p{Script=Han}+$/u.test(piece)) return { text: piece, lower: false };
  return undefined;
}

/** Compiles a registry's aliases, demonyms and collectives into whole-word regular expressions. */
export function compileRegistry(registry: ActorRegistry): CompiledRegistry {
  const out: CompiledAlias[] = [];
  const sources = new Map<string, string[]>();
  const add = (alias: Alias, actors: string[], strength: MentionStrength) => {
    const { source, flags, label, screened } = compileAlias(alias);
    const text = typeof alias === "string" ? alias : alias.text;
    out.push({ regex: wholeWord(source, flags, text), alias: label, actors, strength, screened, needle: screened ? needleOf(text) : undefined });
    // Chinese names are screened apart, without word boundaries, as they are matched.
    const key = `${flags}${text !== undefined && HAN.test(text) ? " han" : ""}`;
    if (screened) sources.set(key, [...(sources.get(key) ?? []), `(?:${source})`]);
  };
  for (const a of registry.actors) {
    a.aliases.forEach((al) => add(al, [a.id], "name"));
    a.demonyms.forEach((al) => add(al, [a.id], "demonym"));
  }
  // Matched even at weight 0: "Sino-US" must not be read as a mention of the US alone.
  for (const c of registry.collectives) c.aliases.forEach((al) => add(al, c.actors, "collective"));
  const screens = [...sources].map(([key, alternatives]) => {
    const [flags, han] = key.split(" ");
    const source = alternatives.join("|");
    return han ? new RegExp(source, flags.replace("g", "")) : wholeWord(source, flags.replace("g", ""));
  });
  const byWord = new Map<string, number[]>();
  const unindexed: number[] = [];
  out.forEach((c, i) => {
    const word = c.needle?.lower && /^[a-z0-9]+$/.test(c.needle.text) ? c.needle.text : undefined;
    if (word === undefined) unindexed.push(i);
    else byWord.set(word, [...(byWord.get(word) ?? []), i]);
  });
  const textScreens = out.every((c) => c.screened) ? screens.map((r) => new RegExp(r.source, `${r.flags}g`)) : null;
  return { aliases: out, screens, textScreens, byWord, unindexed };
}

const ASCII_WORD = /[a-z0-9]+/g;

/**
 * The aliases worth trying on a lower-cased text, in registry order: the unindexed ones and those
 * of its ASCII words (a run of ASCII letters and digits holds every such word that stands whole).
 */
function aliasesToTry(lower: string, compiled: CompiledRegistry): number[] {
  const tried = new Set(compiled.unindexed);
  for (const [word] of lower.matchAll(ASCII_WORD)) for (const i of compiled.byWord.get(word) ?? []) tried.add(i);
  return [...tried].sort((a, b) => a - b);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Which sentences of `text` may name an actor: each one a screen match overlaps when the screens
 * run over the whole text once (one pass, where a test per sentence costs a copy and a search of
 * each), and each whose edge touches a letter or digit, where the text around could make a match
 * differ from the sentence's own. Every sentence when an alias is not screened (a user's pattern).
 * `matchActors` on the sentences left out finds nothing.
 */
export function sentencesNamingActors(text: string, compiled: CompiledRegistry, sentences: readonly { start: number; end: number }[]): boolean[] {
  const read = new Array<boolean>(sentences.length).fill(false);
  if (!compiled.textScreens) return read.fill(true);
  const spans: { start: number; end: number }[] = [];
  for (const r of compiled.textScreens) {
    r.lastIndex = 0;
    for (const m of text.matchAll(r)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  spans.sort((x, y) => x.start - y.start);
  let k = 0;
  sentences.forEach((s, i) => {
    // Spans sorted by start: the first that ends inside or after this sentence overlaps it if any does.
    while (k < spans.length && spans[k].end <= s.start) k++;
    const overlapped = k < spans.length && spans[k].start < s.end;
    const touches = (s.start > 0 && WORD_CHARACTER.test(text[s.start - 1])) || (s.end < text.length && WORD_CHARACTER.test(text[s.end]));
    read[i] = overlapped || touches;
  });
  return read;
}

/**
 * Every actor mention in `text[from, to)`. Where names overlap the longest wins, so "China Daily"
 * is the newspaper, not China, and "the Obama administration" is not Obama; on equal spans the
 * registry's order decides. A collective yields one match per actor it names.
 */
export function matchActors(text: string, compiled: CompiledRegistry, from = 0, to = text.length): ActorMatch[] {
  const slice = text.slice(from, to);
  let lower: string | undefined;
  // ſ and the Kelvin sign match s and k under the expressions' case folding, not under toLowerCase:
  // in such a text the needles and words cannot be trusted, and the screens decide instead.
  const needles = !/[\u017f\u212a]/.test(slice);
  const screened = needles || compiled.screens.some((r) => r.test(slice));
  const candidates: { start: number; end: number; order: number; c: CompiledAlias }[] = [];
  const orders = needles ? aliasesToTry((lower = slice.toLowerCase()), compiled) : compiled.aliases.keys();
  for (const order of orders) {
    const c = compiled.aliases[order];
    if (c.screened && !screened) continue;
    if (needles && c.needle && !(c.needle.lower ? lower! : slice).includes(c.needle.text)) continue;
    c.regex.lastIndex = 0;
    for (const m of slice.matchAll(c.regex)) {
      if (m[0].length === 0) continue;
      candidates.push({ start: from + m.index!, end: from + m.index! + m[0].length, order, c });
    }
  }
  candidates.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start) || x.order - y.order);
  const out: ActorMatch[] = [];
  let lastEnd = -1;
  for (const k of candidates) {
    if (k.start < lastEnd) continue;
    lastEnd = k.end;
    const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(k.end, k.end + 3));
    for (const actor of k.c.actors) {
      out.push({ actor, start: k.start, end: k.end, text: text.slice(k.start, k.end), alias: k.c.alias, strength: k.c.strength, possessive });
    }
  }
  return out;
}

// "A and B", "A, B and C", "A or B", "A as well as B": what may stand between coordinated names.
const COORDINATION = /^(?:['’]s?)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+)$/i;

/**
 * Marks names joined by "and"/"or" to a name of another actor as coordinated ("China and the
 * United States must show leadership"): the sentence speaks of them together, so its stance does
 * not tell them apart. Returns new matches; the input is not changed.
 */
export function markCoordinated(text: string, matches: readonly ActorMatch[]): ActorMatch[] {
  const out = matches.map((m) => ({ ...m }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out.slice(i + 1).find((m) => m.start >= a.end);
    if (!b || b.actor === a.actor || a.strength === "collective" || b.strength === "collective") continue;
    if (COORDINATION.test(text.slice(a.end, b.start).replace(/^\s+/, "").replace(/\bthe\s+$/i, ""))) {
      for (const m of out) if ((m.start === a.start || m.start === b.start) && m.strength !== "collective") m.strength = "coordinated";
    }
  }
  return out;
}
