import type { Corpus } from "../../corpus/corpus";
import { checkGroupingField, groupOf } from "../../corpus/corpus";
import { CJK, statedLanguage } from "../../corpus/language";
import type { ActorRegistry } from "../../lexicons/actorSchema";
import { defaultActors } from "../../lexicons/defaultActors";
import type { Progress } from "../../progress";
import type { CompiledLexicon } from "../../lexicons/sentimentLexicon";
import { splitSentences } from "../../text/sentences";
import type { Polarity } from "../targets/newsmtsc";
import { type TargetModelFile, classifyTarget } from "../targets/targetModel";
import type { ScoredWord } from "../targets/targetSentiment";
import { type MentionStrength, compileRegistry, markCoordinated, matchActors, sentencesNamingActors } from "./actorMatcher";

/** One mention of an actor, scored for the stance the text takes toward it, with its evidence. */
export interface ActorMention {
  doc: string;
  /** The document's group for the `by` field. */
  group: string;
  actor: string;
  label: string;
  /** The text that named the actor, as written, and the registry alias that matched it. */
  matched: string;
  alias: string;
  strength: MentionStrength;
  possessive: boolean;
  /** Weight in means: 1 for a name; the registry's demonym or collective weight otherwise. */
  weight: number;
  /** Character offsets of the mention in the document's cleaned text. */
  start: number;
  end: number;
  /** Index of the sentence in the document, its start offset and its text. */
  sentence: number;
  sentenceStart: number;
  sentenceText: string;
  /**
   * Stance toward the actor in [-1, 1]: P(positive) − P(negative) (or the rule score, method
   * "rules"); null where the sentence is not English (the lexicons and the model read English
   * only): such a mention is found and listed, never given a made-up score.
   */
  score: number | null;
  polarity: Polarity | null;
  /** The span scored at full weight (the mention's clause), as offsets in the document text. */
  clause: { start: number; end: number };
  /** The lexicon words that bear on this actor, with their weights after the scope, negation, contrast and role rules. */
  words: ScoredWord[];
  /** What produced `score`: the target model, or the rules (method "rules", or a victim/accuser role); null: not scored. */
  scoredBy: "model" | "rules" | null;
  /** The model's largest feature contributions to the predicted class (when scored by the model). */
  drivers: { feature: string; contribution: number }[];
}

export interface ActorMentionOptions {
  /** Metadata field that groups documents. Default "year". */
  by?: string;
  /** Actor registry. Default `defaultActors`. */
  actors?: ActorRegistry;
  /**
   * "model" (default): the target model fitted on NewsMTSC reads the rule-based score and the words
   * around the mention. "rules": the rule-based score alone (every weight visible in `words`).
   */
  method?: "model" | "rules";
  lexicon?: CompiledLexicon;
  model?: TargetModelFile;
  /** Hears about documents read so far. */
  progress?: Progress;
}

/** A mention with a stance score: what means, intervals and evidence are made of. */
export type ScoredMention = ActorMention & { score: number; polarity: Polarity; scoredBy: "model" | "rules" };

export function isScored(m: ActorMention): m is ScoredMention {
  return m.score !== null;
}

/** Whether stance can be scored in a document's sentence: English, as far as the kit can tell. */
function readable(doc: Corpus["documents"][number], sentence: string): boolean {
  const stated = statedLanguage(doc.meta);
  if (stated !== undefined && stated !== "en") return false;
  return !CJK.test(sentence);
}

/** What a mention counts in a mean: 1 for a name; the registry's demonym weight, or its collective weight for "both countries" and "China and the US". */
export function mentionWeight(strength: MentionStrength, registry: Pick<ActorRegistry, "demonymWeight" | "collectiveWeight">): number {
  return strength === "name" ? 1 : strength === "demonym" ? registry.demonymWeight : registry.collectiveWeight;
}

/** Polarity of a rule-based score: beyond ±0.1 is a stance, within is neutral. */
const RULE_NEUTRAL_BAND = 0.1;

/**
 * Finds every actor mention in the corpus and scores the stance toward it in its sentence. Results
 * are in document, then text order; each keeps the sentence and the words behind its score.
 */
export function actorMentions(corpus: Corpus, options: ActorMentionOptions = {}): ActorMention[] {
  const by = options.by ?? "year";
  checkGroupingField(corpus, by);
  const registry = options.actors ?? defaultActors;
  const compiled = compileRegistry(registry);
  const labels = new Map(registry.actors.map((a) => [a.id, a.label]));
  const out: ActorMention[] = [];
  corpus.documents.forEach((doc, di) => {
    const group = groupOf(doc, by);
    const sentences = splitSentences(doc.text);
    const naming = sentencesNamingActors(doc.text, compiled, sentences);
    sentences.forEach((s, si) => {
      // Most sentences name no actor: nothing more to read in them.
      if (!naming[si]) return;
      const found = markCoordinated(doc.text, matchActors(doc.text, compiled, s.start, s.end));
      if (found.length === 0) return;
      const scorable = readable(doc, doc.text.slice(s.start, s.end));
      for (const m of found) {
        const base = {
          doc: doc.id, group, actor: m.actor, label: labels.get(m.actor)!, matched: m.text, alias: m.alias,
          strength: m.strength, possessive: m.possessive, weight: mentionWeight(m.strength, registry), start: m.start, end: m.end,
          sentence: si, sentenceStart: s.start, sentenceText: doc.text.slice(s.start, s.end),
        };
        if (!scorable) {
          out.push({ ...base, score: null, polarity: null, clause: { start: m.start, end: m.end }, words: [], scoredBy: null, drivers: [] });
          continue;
        }
        const others = found.filter((o) => o.start !== m.start);
        const p = classifyTarget(doc.text, m, s, { lexicon: options.lexicon, model: options.model, ignore: others });
        // Who does what to whom: the victim of a blame act or the maker of an accusation is not
        // blamed for it. The model, fitted on news annotated for how a target is portrayed, often
        // reads victims as negative; where the rules see such a role, their score stands.
        const rules = options.method === "rules" || p.rule.roles.victim || p.rule.roles.accuser;
        const score = rules ? p.rule.score : p.score;
        const polarity: Polarity = rules
          ? score > RULE_NEUTRAL_BAND ? "positive" : score < -RULE_NEUTRAL_BAND ? "negative" : "neutral"
          : p.polarity;
        out.push({ ...base, score, polarity, clause: p.rule.clause, words: p.rule.words, scoredBy: rules ? "rules" : "model", drivers: rules ? [] : p.drivers });
      }
    });
    options.progress?.(di + 1, corpus.documents.length);
  });
  return out;
}
