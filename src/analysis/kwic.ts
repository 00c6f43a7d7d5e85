import { z } from "zod";
import { DiscourseError } from "../errors";
import type { Document } from "../corpus/corpus";
import { oneSpace } from "../corpus/normalize";
import { stem } from "../text/stem";
import { words } from "../text/words";
import { foldedQuery } from "../text/aliasFolds";
import type { DocTokens, ResolvedTokenOptions, Token, Tokens } from "../text/tokens";

export const KwicRowSchema = z.object({
  /** Document id. */
  doc: z.string(),
  /** Sentence index within the document (0-based). */
  sentence: z.number().int(),
  /** Character offsets of the keyword in the document's cleaned text. */
  start: z.number().int(),
  end: z.number().int(),
  left: z.string(),
  keyword: z.string(),
  right: z.string(),
});
export type KwicRow = z.infer<typeof KwicRowSchema>;

export interface KwicOptions {
  /** Tokens of context on each side (stop words count). Default 6. */
  window?: number;
  /**
   * Characters of context on each side instead of tokens: the width of a line in Chinese, where a
   * word is one to four characters. Default: the token window.
   */
  characters?: number;
  /**
   * How to read the query: "term" (a word or phrase, matched on terms, possessives included),
   * "glob" (`*` for any letters: "cooperat*"), "regex" (over the text; case-insensitive unless /…/flags are given).
   * Default "auto": "/…/" is a regex, a query with `*` a glob, anything else a term.
   */
  match?: "auto" | "term" | "glob" | "regex";
  /** Row order: "position" (document, offset), "keyword", "left" (nearest word first), "right". */
  sort?: "position" | "keyword" | "left" | "right";
}

/** Token indexes, `to` exclusive. */
export type Span = { from: number; to: number };

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\p{L}\\p{N}'\\-.]*");
  return new RegExp(`^${body}$`, "u");
}

function tokenMatchers(query: string, mode: "term" | "glob", opts: ResolvedTokenOptions): ((t: Token) => boolean)[] {
  const stemmed = opts.stem;
  if (mode === "glob") {
    return query
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((g) => {
        const re = globToRegExp(g);
        return (t: Token) => re.test(t.term.toLowerCase());
      });
  }
  // A spelling of a folded entity ("US", "u.s.") finds the entity's term, so every spelling.
  const entity = foldedQuery(query, opts);
  if (entity !== undefined) return [(t: Token) => t.term === entity];
  // An all-capital query ("US") matches only the acronym, as tokens keep acronyms' case.
  const exact = /^\p{Lu}{2,}[\p{Lu}\p{N}\-]*$/u.test(query.trim());
  const fold = (s: string) => (exact ? s : s.toLowerCase());
  const ws = (exact ? [query.trim()] : words(query)).map((w) => (stemmed && !exact ? stem(w) : w));
  const whole = ws.join(" ");
  // A joined phrase token matches the whole query; otherwise match word by word.
  return ws.length > 1
    ? [(t: Token) => fold(t.term) === whole, ...ws.map((w) => (t: Token) => fold(t.term) === w)]
    : [(t: Token) => fold(t.term) === whole || fold(t.term) === whole + "'s"];
}

function findTokenSpans(tokens: readonly Token[], matchers: ((t: Token) => boolean)[], phraseQuery: boolean): Span[] {
  const spans: Span[] = [];
  const [whole, ...seq] = phraseQuery ? matchers : [matchers[0]];
  for (let i = 0; i < tokens.length; i++) {
    if (whole(tokens[i])) {
      spans.push({ from: i, to: i + 1 });
      continue;
    }
    if (seq.length && i + seq.length <= tokens.length && seq.every((m, k) => m(tokens[i + k]) && tokens[i + k].sentence === tokens[i].sentence)) {
      spans.push({ from: i, to: i + seq.length });
      i += seq.length - 1;
    }
  }
  return spans;
}

/**
 * A regex match widened to the whole words it touches: "cyber" inside "cybersecurity" shows the word
 * as it stands, not "cyber | security" split across keyword and context.
 */
function regexSpans(text: string, tokens: readonly Token[], re: RegExp): { span: Span; start: number; end: number }[] {
  const out: { span: Span; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    let start = m.index!;
    let end = start + m[0].length;
    let from = tokens.findIndex((t) => t.end > start);
    if (from < 0) from = tokens.length;
    let to = from;
    while (to < tokens.length && tokens[to].start < end) to++;
    if (to > from) {
      start = Math.min(start, tokens[from].start);
      end = Math.max(end, tokens[to - 1].end);
    }
    const last = out.at(-1);
    // Two matches inside one word are one line.
    if (last && last.start === start && last.end === end) continue;
    out.push({ span: { from, to }, start, end });
  }
  return out;
}

function parseRegex(query: string): RegExp {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(query);
  // Case-insensitive unless the query gives its own flags (/US/g is case-sensitive).
  const [source, flags] = m ? [m[1], m[2] || "i"] : [query, "i"];
  try {
    return new RegExp(source, [...new Set((flags + "g").split(""))].join(""));
  } catch (err) {
    throw new DiscourseError(`not a valid regular expression (${(err as Error).message})`, { field: "options.term" });
  }
}

const flat = (s: string) => oneSpace(s).trim();

/** Where a query matches: the token span and the characters of the text it covers. */
export interface QueryHit {
  span: Span;
  start: number;
  end: number;
}

/** How a query is read when `match` is "auto": "/…/" a regex, a query with `*` a glob, else a term. */
export function queryMode(query: string, match: KwicOptions["match"] = "auto"): "term" | "glob" | "regex" {
  if (!query.trim()) throw new DiscourseError("the query is empty; give a word, phrase, glob or /regex/", { field: "options.term" });
  return match !== "auto" ? match : /^\/.*\/[a-z]*$/s.test(query) ? "regex" : query.includes("*") ? "glob" : "term";
}

/**
 * Every match of a query in each document (in document order): what KWIC and collocations read.
 * With `read`, only the documents it keeps are searched; the others have no matches.
 */
export function queryHits(toks: Tokens, query: string, mode: "term" | "glob" | "regex", read?: (doc: Document) => boolean): QueryHit[][] {
  const matchers = mode === "regex" ? [] : tokenMatchers(query, mode, toks.options);
  const phraseQuery = mode === "term" && matchers.length > 1;
  const re = mode === "regex" ? parseRegex(query) : undefined;
  return toks.docs.map(({ tokens, doc }) =>
    read && !read(doc)
      ? []
      : re
        ? regexSpans(doc.text, tokens, re)
        : findTokenSpans(tokens, matchers, phraseQuery).map((span) => ({ span, start: tokens[span.from].start, end: tokens[span.to - 1].end })),
  );
}

/**
 * Keyword in context (quanteda's `kwic`): every match of `query` with `window` tokens of context
 * on each side, taken from the cleaned text so the lines read as the author wrote them.
 */
export function concordance(toks: Tokens, query: string, options: KwicOptions = {}): KwicRow[] {
  const window = options.window ?? 6;
  const found = queryHits(toks, query, queryMode(query, options.match));
  const rows = toks.docs.flatMap((dt, di) => found[di].map((hit) => kwicLine(dt, hit, window, options.characters)));
  return sortKwic(rows, options.sort ?? "position", toks);
}

/**
 * The concordance of many terms at once, each by exact term (the tokens counted as that term, so the
 * lines are exactly the occurrences a count or a key term stands on): one pass over the tokens, not
 * one per term. Lines are in document order.
 */
export function termConcordances(toks: Tokens, terms: readonly string[], options: { window?: number } = {}): Map<string, KwicRow[]> {
  const window = options.window ?? 6;
  const lines = new Map(terms.map((t) => [t, [] as KwicRow[]]));
  for (const dt of toks.docs) {
    const { tokens } = dt;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.stop) continue;
      const found = lines.get(t.term);
      if (found) found.push(kwicLine(dt, { span: { from: i, to: i + 1 }, start: t.start, end: t.end }, window));
    }
  }
  return lines;
}

/** One KWIC line: a match with `window` tokens (or `characters` characters) of context each side. */
export function kwicLine(dt: DocTokens, hit: QueryHit, window: number, characters?: number): KwicRow {
  const { tokens, doc } = dt;
  const { span, start, end } = hit;
  const text = doc.text;
  const leftFrom = Math.max(0, span.from - window);
  const rightTo = Math.min(tokens.length, span.to + window);
  const leftStart = characters !== undefined ? Math.max(0, start - characters) : leftFrom < span.from ? tokens[leftFrom].start : start;
  const rightEnd = characters !== undefined ? Math.min(text.length, end + characters) : rightTo > span.to ? tokens[rightTo - 1].end : end;
  const sentence = tokens[Math.min(span.from, tokens.length - 1)]?.sentence ?? 0;
  return {
    doc: doc.id,
    sentence,
    start,
    end,
    left: flat(text.slice(leftStart, start)),
    keyword: flat(text.slice(start, end)),
    right: flat(text.slice(end, rightEnd)),
  };
}

function sortKwic(rows: KwicRow[], sort: NonNullable<KwicOptions["sort"]>, toks: Tokens): KwicRow[] {
  const docOrder = new Map(toks.docs.map((d, i) => [d.doc.id, i]));
  const byPosition = (a: KwicRow, b: KwicRow) => docOrder.get(a.doc)! - docOrder.get(b.doc)! || a.start - b.start;
  const key: Record<typeof sort, (r: KwicRow) => string> = {
    position: () => "",
    keyword: (r) => r.keyword.toLowerCase(),
    left: (r) => r.left.toLowerCase().split(" ").reverse().join(" "),
    right: (r) => r.right.toLowerCase(),
  };
  const k = key[sort];
  return [...rows].sort((a, b) => {
    const ka = k(a);
    const kb = k(b);
    return ka < kb ? -1 : ka > kb ? 1 : byPosition(a, b);
  });
}
