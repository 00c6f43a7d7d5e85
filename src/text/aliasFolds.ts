/**
 * Alias folding: the spellings of one named entity ("US", "U.S.", "USA", "United States", "the
 * United States of America") count as one term, the entity's (its registry `term`, else its
 * label), so that a spelling habit that changed between periods is not read as a shift in what was
 * said. The registry declares the spellings: every text alias of an actor folds, except an alias or
 * actor marked `fold: false` (other phrasings, such as "America" as rhetoric or "the Chinese
 * side"). Demonyms, collectives and pattern aliases never fold.
 *
 * Each spelling is read by the token rule itself, so it folds exactly the term the text yields:
 * a leading article is dropped ("the United States" → "united states"); a spelling of several
 * words is joined as a phrase first; one that reads as a stop word, or a multiword one holding an
 * acronym (phrases match regardless of case, and "US government" would catch "us government"), is
 * left alone; a Chinese spelling is kept whole by jieba.
 */
import type { Actor, Alias, ActorRegistry } from "../lexicons/actorSchema";
import { defaultActors } from "../lexicons/defaultActors";
import { stem } from "./stem";
import { stopwordSet } from "./stopwords";
import type { ResolvedTokenOptions } from "./tokenOptions";
import { ACRONYM, wordSpans, wordTerm } from "./words";

/** "default": the built-in actor registry; "none": no folding; or a registry of your own. */
export type FoldOption = "default" | "none" | ActorRegistry;

/** One folded entity: the term it counts as and the spellings that fold into it. */
export interface FoldedEntity {
  term: string;
  spellings: string[];
}

export interface AliasFolds {
  entities: FoldedEntity[];
  /** Term as the token rule makes it from a spelling → the entity's term. */
  terms: Map<string, string>;
  /** Spellings of several words, joined as phrases beside the phrase list. */
  phrases: string[];
  /** Chinese spellings, kept whole by the segmenter. */
  dictionary: string[];
}

const HAN = /\p{Script=Han}/u;
const ARTICLE = /^(?:the|a|an)$/i;
const NO_FOLDS: AliasFolds = { entities: [], terms: new Map(), phrases: [], dictionary: [] };

export function foldRegistry(option: FoldOption): ActorRegistry | undefined {
  return option === "none" ? undefined : option === "default" ? defaultActors : option;
}

function aliasText(alias: Alias): string | undefined {
  if (typeof alias === "string") return alias;
  return alias.fold === false ? undefined : alias.text;
}

/** The term a spelling counts as under `opts`, or undefined when it cannot fold (see above). */
function spellingTerm(spelling: string, opts: ResolvedTokenOptions, stops: Set<string>, out: AliasFolds): string | undefined {
  if (HAN.test(spelling)) {
    if (!/^\p{Script=Han}+$/u.test(spelling)) return undefined;
    out.dictionary.push(spelling);
    return spelling;
  }
  const spans = wordSpans(spelling);
  while (spans.length > 1 && ARTICLE.test(spans[0].text)) spans.shift();
  if (spans.length === 0) return undefined;
  if (spans.length === 1) {
    const lower = spans[0].text.toLowerCase();
    // A stop word is flagged, and not counted, whatever its case ("IT" as "it").
    if (stops.has(lower)) return undefined;
    return wordTerm(spans[0].text, lower, false, opts);
  }
  if (spans.some((w) => ACRONYM.test(w.text))) return undefined;
  const lower = spans.map((w) => w.text.toLowerCase());
  out.phrases.push(lower.join(" "));
  return (opts.stem ? lower.map(stem) : lower).join(" ");
}

function entityOf(actor: Actor, opts: ResolvedTokenOptions, stops: Set<string>, out: AliasFolds): FoldedEntity | undefined {
  if (actor.fold === false) return undefined;
  const term = actor.term ?? actor.label;
  const spellings: string[] = [];
  const terms = new Set<string>();
  for (const alias of actor.aliases) {
    const text = aliasText(alias);
    const t = text === undefined ? undefined : spellingTerm(text, opts, stops, out);
    if (t === undefined) continue;
    spellings.push(text!);
    terms.add(t);
  }
  if (terms.size === 0) return undefined;
  for (const t of terms) if (t !== term) out.terms.set(t, term);
  return { term, spellings };
}

/**
 * The folds of `opts.fold` under the other token options. A term that two entities claim folds into
 * the first (registry order).
 */
export function aliasFolds(opts: ResolvedTokenOptions): AliasFolds {
  const registry = foldRegistry(opts.fold);
  if (!registry) return NO_FOLDS;
  const stops = stopwordSet(opts.stopwords);
  const out: AliasFolds = { entities: [], terms: new Map(), phrases: [], dictionary: [] };
  for (const actor of registry.actors) {
    const mine: AliasFolds = { entities: [], terms: new Map(), phrases: out.phrases, dictionary: out.dictionary };
    const entity = entityOf(actor, opts, stops, mine);
    if (!entity) continue;
    out.entities.push(entity);
    for (const [from, to] of mine.terms) if (!out.terms.has(from)) out.terms.set(from, to);
  }
  out.phrases = [...new Set(out.phrases)];
  out.dictionary = [...new Set(out.dictionary)];
  return out;
}

/** The term a query counts as: the entity's term when the query is one of its spellings. */
export function foldedQuery(query: string, opts: ResolvedTokenOptions): string | undefined {
  const folds = aliasFolds(opts);
  if (folds.terms.size === 0) return undefined;
  const trimmed = query.trim();
  const entity = folds.entities.find((e) => e.term.toLowerCase() === trimmed.toLowerCase() || e.spellings.includes(trimmed));
  if (entity) return entity.term;
  const scratch: AliasFolds = { entities: [], terms: new Map(), phrases: [], dictionary: [] };
  const t = spellingTerm(trimmed, opts, stopwordSet(opts.stopwords), scratch);
  return t === undefined ? undefined : folds.terms.get(t);
}

/**
 * One sentence saying whether and how spellings fold, for reports and notebooks: "Spellings of one
 * named entity count as one term (China–US actors (default): United States ← US, U.S., …)".
 */
export function foldNote(opts: ResolvedTokenOptions): string {
  const registry = foldRegistry(opts.fold);
  if (!registry) return "Each spelling of a name counts as its own term (folding is off).";
  const entities = aliasFolds(opts).entities.filter((e) => e.spellings.length > 1);
  const shown = entities.slice(0, 3).map((e) => `${e.term} ← ${e.spellings.slice(0, 4).join(", ")}${e.spellings.length > 4 ? ", …" : ""}`);
  const more = entities.length > 3 ? `; ${entities.length - 3} more` : "";
  return `Spellings of one named entity count as one term, as the registry "${registry.name}" declares (${shown.join("; ")}${more}); --fold none counts each spelling apart.`;
}
