import type { CompiledLexicon } from "../../lexicons/sentimentLexicon";
import type { Features } from "../stats/logistic";
import { type TargetScore, scoreTarget, targetTokenRange } from "./targetSentiment";
import { wordSpans } from "../../text/words";

const PRONOUNS = new Set(["he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "i", "you"]);
const SPEECH = new Set(["said", "says", "say", "told", "tells", "added", "argued", "wrote", "claimed", "insisted", "stated", "tweeted", "explained", "noted"]);

function bucket(v: number): string {
  if (v > 0.5) return "++";
  if (v > 0.05) return "+";
  if (v < -0.5) return "--";
  if (v < -0.05) return "-";
  return "0";
}

/**
 * The features the target model reads for one (sentence, target) pair: the rule-based score and
 * its evidence, the word pairs of the sentence, the words of the target's clause and of a window of
 * four words on each side within that clause (sentence-wide single words made the model read the
 * sentence rather than the target: dev macro-F1 0.681/0.627 with them, 0.686/0.671 without),
 * the target's own words, and cues to its role (after "by", after "against", possessive, quoted,
 * followed by a speech verb).
 */
export function targetFeatures(
  text: string,
  target: { start: number; end: number },
  sentence: { start: number; end: number },
  lexicon: CompiledLexicon,
  rule: TargetScore = scoreTarget(text, target, sentence, lexicon),
): Features {
  const x: Features = new Map();
  const add = (f: string, v = 1) => x.set(f, (x.get(f) ?? 0) + v);
  const toks = wordSpans(text, sentence.start, sentence.end).map((s) => ({ start: s.start, end: s.end, w: s.text.toLowerCase() }));
  const [ti, tj] = targetTokenRange(toks, target);

  add("rule:score", rule.score);
  add(`rule:bin:${bucket(rule.score)}`);
  let pos = 0;
  let neg = 0;
  for (const w of rule.words) {
    if (w.weight > 0) pos += w.weight;
    else neg += w.weight;
    for (const r of w.rules) add(`rule:${r.replace(/×.*$/, "").trim()}:${w.weight > 0 ? "+" : w.weight < 0 ? "-" : "0"}`);
  }
  add("rule:pos", pos);
  add("rule:neg", neg);
  const sentenceSum = toks.reduce((s, t) => s + (lexicon.words.get(t.w) ?? 0), 0);
  add("sent:lex", sentenceSum);
  add(`sent:bin:${bucket(sentenceSum / Math.sqrt(sentenceSum * sentenceSum + 0.5))}`);

  toks.forEach((t, i) => {
    if (i >= ti && i < tj) {
      add(`t:${t.w}`);
      return;
    }
    if (i + 1 < toks.length && !(i + 1 >= ti && i + 1 < tj)) add(`bg:${t.w}_${toks[i + 1].w}`);
    const inClause = t.start >= rule.clause.start && t.end <= rule.clause.end;
    const d = i < ti ? ti - i : i - tj + 1;
    if (d <= 4 && inClause) add(`${i < ti ? "l" : "r"}:${t.w}`);
    if (inClause) add(`c:${t.w}`);
  });
  const before = toks[ti - 1]?.w;
  const after = toks[tj]?.w;
  if (before) add(`tb:${before}`);
  if (after) add(`ta:${after}`);
  if (ti === 0) add("role:first");
  if (before === "by") add("role:after_by");
  if (before === "against" || before === "on") add("role:after_against");
  if (/'s?$/.test(text.slice(target.end, target.end + 2)) || /'s$/.test(text.slice(target.start, target.end))) add("role:possessive");
  if (toks.slice(tj, tj + 3).some((t) => SPEECH.has(t.w)) || toks.slice(Math.max(0, ti - 3), ti).some((t) => SPEECH.has(t.w))) add("role:speaker");
  if (tj - ti === 1 && PRONOUNS.has(toks[ti]?.w ?? "")) add("role:pronoun");
  const quotesBefore = (text.slice(sentence.start, target.start).match(/["“”]/g) ?? []).length;
  if (quotesBefore % 2 === 1) add("role:in_quote");
  if (/["“”]/.test(text.slice(sentence.start, sentence.end))) add("role:has_quote");
  return x;
}
