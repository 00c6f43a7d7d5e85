import type { CompiledLexicon } from "../../lexicons/sentimentLexicon";
import { wordSpans } from "../../text/words";

/** A word that moved a target's score, and why. */
export interface ScoredWord {
  word: string;
  /** Offsets into the text that was scored. */
  start: number;
  end: number;
  /** Lexicon weight in [-1, 1]. */
  base: number;
  /** What it added to the target's raw score after the rules below. */
  weight: number;
  /** The rules applied: "negated", "intensified ×1.3", "other clause ×0.3", "agent of blame"… */
  rules: string[];
}

export interface TargetScore {
  /** In [-1, 1]: raw / sqrt(raw² + 0.5). */
  score: number;
  /** Sum of the words' weights. */
  raw: number;
  /** The clause holding the target (character offsets): the span scored at full weight. */
  clause: { start: number; end: number };
  words: ScoredWord[];
  /** The target's role in its clause for the blame and accusation words there. */
  roles: { victim: boolean; accuser: boolean; agent: boolean; accused: boolean };
}

const CLAUSE_PUNCT = /[,;:()"\[\]]|\s-\s|\s--\s/;
// Subordinators and coordinators that open a new clause.
const CLAUSE_WORDS = new Set(["after", "before", "because", "since", "although", "though", "while", "whereas", "when", "if", "unless", "but", "however", "yet", "which", "who", "whom", "that"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten"]);
const OTHER_CLAUSE = 0.3;
const NEGATION = -0.8;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

interface Tok {
  w: string;
  start: number;
  end: number;
  clause: number;
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  let clause = 0;
  let prevEnd = from;
  for (const s of wordSpans(text, from, to)) {
    const w = s.text.toLowerCase().replace(/'s$/, "");
    if (toks.length && (CLAUSE_PUNCT.test(text.slice(prevEnd, s.start)) || CLAUSE_WORDS.has(w))) clause++;
    toks.push({ w, start: s.start, end: s.end, clause });
    prevEnd = s.end;
  }
  return toks;
}

/** The tokens [ti, tj) that overlap the target span (ti = tj = length when it lies past the last token). */
export function targetTokenRange(toks: readonly { start: number; end: number }[], target: { start: number; end: number }): [number, number] {
  let ti = toks.findIndex((t) => t.end > target.start);
  if (ti < 0) ti = toks.length;
  let tj = ti;
  while (tj < toks.length && toks[tj].start < target.end) tj++;
  return [ti, tj];
}

/** Is `cue` (at token k) a passive participle: "was sanctioned", "were unfairly targeted"? */
function passiveAt(toks: Tok[], k: number): boolean {
  return (BE.has(toks[k - 1]?.w ?? "") || (BE.has(toks[k - 2]?.w ?? "") && /ly$/.test(toks[k - 1]?.w ?? ""))) && /(ed|en|wn)$/.test(toks[k].w);
}

/**
 * The role of the target [ti, tj) for a verb or noun at token k in the same clause: "agent" (it does
 * the act) or "patient" (the act is done to it). Active voice: before = agent, after = patient;
 * passive voice flips it, and a target after "by" is the agent.
 */
function roleOf(toks: Tok[], ti: number, tj: number, k: number): "agent" | "patient" {
  if (tj <= k) return passiveAt(toks, k) ? "patient" : "agent";
  for (let i = k + 1; i < ti; i++) if (toks[i].w === "by") return "agent";
  return "patient";
}

/**
 * Target-directed sentiment of one mention (the span [targetStart, targetEnd) of `text`) within its
 * sentence [sentenceStart, sentenceEnd). Each lexicon word of the sentence (longest phrase first)
 * contributes its weight, adjusted by rules that decide how much it bears on this target:
 *
 * - scope: full weight in the target's clause, ×0.3 in the sentence's other clauses;
 * - negation: a negator up to three words before, in the same clause, multiplies by −0.8;
 * - intensifiers and diminishers just before multiply by their factor ("very" ×1.3);
 * - contrast: words before "but"/"however"… count ×0.5, words after ×1.5 (Hutto & Gilbert 2014);
 * - who does what to whom: a blame word ("sanctions", "suppress") counts fully against its agent
 *   and not at all against its victim; an accusation ("accused", "criticized") counts against its
 *   object, not its subject; passive voice and "by" decide which is which.
 */
export function scoreTarget(
  text: string,
  target: { start: number; end: number },
  sentence: { start: number; end: number },
  lexicon: CompiledLexicon,
  /** Spans whose words are not scored: other actors' names ("United" in "the United States"). */
  ignore: readonly { start: number; end: number }[] = [],
): TargetScore {
  const toks = tokenize(text, sentence.start, sentence.end);
  const [ti, tj] = targetTokenRange(toks, target);
  const tClause = toks[Math.min(ti, toks.length - 1)]?.clause ?? 0;
  const contrastAt = toks.findIndex((t) => lexicon.contrast.has(t.w));
  const words: ScoredWord[] = [];
  const roles = { victim: false, accuser: false, agent: false, accused: false };

  for (let k = 0; k < toks.length; k++) {
    if (k >= ti && k < tj) continue; // the target's own words say nothing about it
    if (ignore.some((r) => toks[k].start < r.end && toks[k].end > r.start)) continue;
    let base: number | undefined;
    let len = 1;
    const phrase = lexicon.phrases.get(toks[k].w)?.find((p) => p.words.every((w, i) => toks[k + i]?.w === w));
    if (phrase && !(k < tj && k + phrase.words.length > ti)) {
      base = phrase.weight;
      len = phrase.words.length;
    } else {
      base = lexicon.words.get(toks[k].w);
    }
    const isBlame = lexicon.blame.has(toks[k].w);
    const isAccuse = lexicon.accuse.has(toks[k].w);
    if (base === undefined && !isBlame && !isAccuse) continue;
    base ??= isAccuse ? -0.4 : -0.5;
    const rules: string[] = [];
    let w = base;
    const sameClause = toks[k].clause === tClause;
    if (sameClause && (isBlame || isAccuse)) {
      const role = roleOf(toks, ti, tj, k);
      if (isBlame && role === "patient") {
        w = 0;
        rules.push("victim of blame: not counted");
        roles.victim = true;
      } else if (isAccuse && role === "agent") {
        w = 0;
        rules.push("accuser: not counted");
        roles.accuser = true;
      } else {
        rules.push(isBlame ? "agent of blame" : "object of accusation");
        if (isBlame) roles.agent = true;
        else roles.accused = true;
      }
    }
    w = inContext(w, toks, k, { lexicon, sameClause, contrastAt, rules });
    const last = toks[k + len - 1];
    words.push({ word: text.slice(toks[k].start, last.end), start: toks[k].start, end: last.end, base, weight: w, rules });
    k += len - 1;
  }
  const raw = words.reduce((s, x) => s + x.weight, 0);
  const inClause = toks.filter((t) => t.clause === tClause);
  return {
    score: raw / Math.sqrt(raw * raw + 0.5),
    raw,
    clause: { start: inClause[0]?.start ?? target.start, end: inClause[inClause.length - 1]?.end ?? target.end },
    words,
    roles,
  };
}

/**
 * A word's weight after its context, applied in this order: a negator up to three words before in
 * its clause, an intensifier just before, another clause than the target's, a contrast word.
 * Each rule that applied is named in `rules`.
 */
function inContext(
  w: number,
  toks: readonly { w: string; clause: number }[],
  k: number,
  c: { lexicon: CompiledLexicon; sameClause: boolean; contrastAt: number; rules: string[] },
): number {
  const { lexicon, rules } = c;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    const prev = toks[k - back];
    if (prev.clause !== toks[k].clause) break;
    if (lexicon.negators.has(prev.w) && !(prev.w === "not" && toks[k - back + 1]?.w === "only")) {
      w *= NEGATION;
      rules.push("negated");
      break;
    }
  }
  const before = toks[k - 1];
  const factor = before && before.clause === toks[k].clause ? lexicon.intensifiers.get(before.w) : undefined;
  if (factor !== undefined) {
    w *= factor;
    rules.push(`${factor > 1 ? "intensified" : "diminished"} ×${factor}`);
  }
  if (!c.sameClause) {
    w *= OTHER_CLAUSE;
    rules.push(`other clause ×${OTHER_CLAUSE}`);
  }
  if (c.contrastAt >= 0 && k !== c.contrastAt) {
    const f = k < c.contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    w *= f;
    rules.push(`${k < c.contrastAt ? "before" : "after"} contrast ×${f}`);
  }
  return w;
}
