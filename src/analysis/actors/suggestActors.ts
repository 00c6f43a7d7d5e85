/**
 * Who a corpus names: the candidates of ./nameCandidates.ts merged into actors, each with the
 * spellings and short forms found for it, its name mentions counted per group by the kit's own actor
 * matcher (the one `actorMentions` uses; demonyms are listed, not counted), with an example sentence. Spellings of one actor are joined when
 *
 * - one is the acronym of another ("EU" of "European Union", letters of the words that are not
 *   of/for/and/the), or was defined for it in parentheses;
 * - a one-word name is the surname of exactly one multiword person ("Putin" of "Vladimir Putin");
 * - a titled name is the name ("President Emmanuel Macron" of "Emmanuel Macron").
 */
import { z } from "zod";
import { type Corpus, checkGroupingField, groupOf } from "../../corpus/corpus";
import { type ActorKind, type ActorRegistry, ActorRegistrySchema } from "../../lexicons/actorSchema";
import { splitSentences } from "../../text/sentences";
import { compileRegistry, matchActors, sentencesNamingActors } from "./actorMatcher";
import { type NameCandidate, initials, nameCandidates } from "./nameCandidates";

export const SuggestedActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  mentions: z.number().int(),
  /** Mentions per group of `by`. */
  groups: z.record(z.number().int()),
  aliases: z.array(z.string()),
  /** Nationality words found for a state or place ("Russian"): weaker mentions in a registry. */
  demonyms: z.array(z.string()),
  /** The first sentence that names the actor, and its document. */
  example: z.string(),
  exampleDoc: z.string(),
});
export type SuggestedActor = z.infer<typeof SuggestedActorSchema>;

export interface SuggestOptions {
  by?: string;
  /** Actors listed, most mentioned first. Default 25. */
  top?: number;
  /** Least mentions. Default 2. */
  minMentions?: number;
  /** Words read by the tagger (compromise), whole documents taken by turns from each group. Default TAGGED_WORDS. */
  taggedWords?: number;
}

/**
 * The tagger reads about 30,000 words a second: past this many words, it reads a share of the
 * documents, taken by turns from each group, and the rest are read for defined acronyms and
 * capitalised sequences only. Mentions are then counted in every document.
 */
export const TAGGED_WORDS = 100_000;

/** Names found most often, counted in every sentence; the rest are too rare to lead the list. */
const COUNTED_NAMES = 400;

/** Which documents the tagger reads: all of a small corpus; of a large one, by turns from each group until `words`. */
function taggedDocuments(corpus: Corpus, by: string, words: number): Set<number> {
  const queues = new Map<string, number[]>();
  corpus.documents.forEach((d, i) => {
    const g = groupOf(d, by);
    const queue = queues.get(g);
    if (queue) queue.push(i);
    else queues.set(g, [i]);
  });
  const chosen = new Set<number>();
  let used = 0;
  for (let round = 0; used < words; round++) {
    const next = [...queues.values()].map((q) => q[round]).filter((i) => i !== undefined);
    if (!next.length) break;
    for (const i of next) {
      if (used >= words) break;
      chosen.add(i);
      used += corpus.documents[i].text.split(/\s+/).length;
    }
  }
  return chosen;
}

interface Entity {
  name: string;
  kinds: Map<ActorKind, number>;
  spellings: Set<string>;
  demonyms: Set<string>;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** Kinds in the order a tie is settled: a name tagged a person once is likelier a person. */
const KIND_ORDER: ActorKind[] = ["person", "state", "organisation", "place", "group"];

function kindOf(e: Entity): ActorKind {
  return [...e.kinds].sort((x, y) => y[1] - x[1] || KIND_ORDER.indexOf(x[0]) - KIND_ORDER.indexOf(y[0]))[0][0];
}

/**
 * Candidates collected by name, their kinds tallied. Left out: a tagger's organisation that ends in
 * a common noun ("Russian gas"), two names joined by a hyphen ("China-US": both actors at once), and
 * a one-word name the texts also write in lower case ("Cyberspace" in a headline: a common noun).
 */
function collect(candidates: readonly NameCandidate[], lowerWords: ReadonlySet<string>): Map<string, Entity> {
  const byName = new Map<string, Entity>();
  for (const c of candidates) {
    if (c.kind === "organisation" && /\s\p{Ll}+$/u.test(c.name)) continue;
    if (/^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(c.name)) continue;
    if (!c.name.includes(" ") && lowerWords.has(c.name.toLowerCase()) && c.name !== c.name.toUpperCase()) continue;
    let e = byName.get(c.name);
    if (!e) byName.set(c.name, (e = { name: c.name, kinds: new Map(), spellings: new Set([c.name]), demonyms: new Set() }));
    // A capitalised sequence only adds a name; the tagger's kind wins where it has one.
    if (c.kind !== "group" || e.kinds.size === 0) e.kinds.set(c.kind, (e.kinds.get(c.kind) ?? 0) + 1);
    for (const s of c.spellings) e.spellings.add(s);
  }
  return byName;
}

/** Joins acronyms, surnames and defined short forms into the entity they name (see above). */
function merge(byName: Map<string, Entity>): Entity[] {
  const entities = [...byName.values()];
  const absorbed = new Set<Entity>();
  const into = (from: Entity, to: Entity) => {
    for (const s of from.spellings) to.spellings.add(s);
    for (const [k, n] of from.kinds) to.kinds.set(k, (to.kinds.get(k) ?? 0) + n);
    absorbed.add(from);
  };
  // A spelling listed under another entity (a defined acronym) makes the two one. An entity whose
  // only spelling is its name lists no other (a corpus has thousands of those).
  for (const e of entities) {
    if (absorbed.has(e) || e.spellings.size < 2) continue;
    for (const other of entities) if (other !== e && !absorbed.has(other) && e.spellings.has(other.name) && e.name.length > other.name.length) into(other, e);
  }
  // Multiword names by their initials, first and last words: where a short form may belong.
  const index = (key: (o: Entity) => string) => {
    const m = new Map<string, Entity[]>();
    for (const o of entities) {
      if (!o.name.includes(" ")) continue;
      const k = key(o);
      const list = m.get(k);
      if (list) list.push(o);
      else m.set(k, [o]);
    }
    return m;
  };
  const [byInitials, byFirst, byLast] = [index((o) => initials(o.name)), index((o) => o.name.split(/\s+/)[0]), index((o) => o.name.split(/\s+/).at(-1)!)];
  for (const e of entities) {
    if (absorbed.has(e) || e.name.includes(" ")) continue;
    const live = (os: Entity[] | undefined) => (os ?? []).filter((o) => o !== e && !absorbed.has(o));
    // A surname stands last in most names and first in Chinese ones ("Xi" of "Xi Jinping"); an
    // organisation is called by its last word ("the Union", "the Commission") where one has it.
    const target = ACRONYM.test(e.name)
      ? live(byInitials.get(e.name))
      : kindOf(e) === "person"
        ? [...new Set([...live(byFirst.get(e.name)), ...live(byLast.get(e.name))])].filter((o) => kindOf(o) === "person")
        : ["organisation", "group"].includes(kindOf(e))
          ? live(byLast.get(e.name)).filter((o) => kindOf(o) === "organisation")
          : [];
    if (target.length === 1) into(e, target[0]);
  }
  return entities.filter((e) => !absorbed.has(e));
}

/**
 * Gives each nationality word to the state or place whose name it shares a stem with: "Russian" to
 * Russia, "Ukrainian" to Ukraine, "German" to Germany, "Chinese" to China (four letters or more).
 */
function attachDemonyms(entities: readonly Entity[], demonyms: ReadonlySet<string>): void {
  const shared = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const places = entities.filter((e) => ["state", "place"].includes(kindOf(e)) && !e.name.includes(" "));
  for (const d of demonyms) {
    const best = places.map((e) => ({ e, n: shared(e.name, d) })).filter((x) => x.n >= 4).sort((x, y) => y.n - x.n)[0];
    if (best) best.e.demonyms.add(d);
  }
}

const slug = (s: string) => s.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_|_$/g, "").toLowerCase() || "actor";

/** The suggested actors of a corpus, most mentioned first. */
export function suggestActors(corpus: Corpus, options: SuggestOptions = {}): SuggestedActor[] {
  const by = options.by ?? "year";
  checkGroupingField(corpus, by);
  const tagged = taggedDocuments(corpus, by, options.taggedWords ?? TAGGED_WORDS);
  const found = corpus.documents.map((d, i) => nameCandidates(d.text, { tag: tagged.has(i) }));
  const lowerWords = new Set(corpus.documents.flatMap((d) => d.text.match(/\b\p{Ll}[\p{Ll}-]+\b/gu) ?? []));
  const capitalised = new Map<string, number>();
  for (const f of found) for (const [name, n] of f.capitalised) capitalised.set(name, (capitalised.get(name) ?? 0) + n);
  const repeated = [...capitalised].filter(([, n]) => n >= 2).map(([name]): NameCandidate => ({ name, kind: "group", spellings: [] }));
  // A nationality word is not an actor of its own ("European" tagged as an organisation).
  const demonyms = new Set(found.flatMap((f) => f.demonyms));
  const names = [...found.flatMap((f) => f.names), ...repeated].filter((c) => !demonyms.has(c.name));
  const entities = merge(collect(names, lowerWords))
    .map((e) => ({ e, n: [...e.kinds.values()].reduce((a, b) => a + b, 0) }))
    .sort((x, y) => y.n - x.n || (x.e.name < y.e.name ? -1 : 1))
    .slice(0, COUNTED_NAMES)
    .map(({ e }) => e);
  attachDemonyms(entities, demonyms);
  if (entities.length === 0) return [];
  const ids = new Set<string>();
  const registry = ActorRegistrySchema.parse({
    name: "suggested",
    actors: entities.map((e) => {
      let id = slug(e.name);
      while (ids.has(id)) id += "_";
      ids.add(id);
      return { id, label: e.name, kind: kindOf(e), aliases: [...e.spellings], demonyms: [...e.demonyms] };
    }),
  });
  const tally = new Map(registry.actors.map((a) => [a.id, { mentions: 0, groups: {} as Record<string, number>, example: "", exampleDoc: "" }]));
  const compiled = compileRegistry(registry);
  for (const doc of corpus.documents) {
    const group = groupOf(doc, by);
    const sentences = splitSentences(doc.text);
    const naming = sentencesNamingActors(doc.text, compiled, sentences);
    for (const [i, s] of sentences.entries()) {
      if (!naming[i]) continue;
      for (const m of matchActors(doc.text, compiled, s.start, s.end)) {
        if (m.strength !== "name") continue;
        const t = tally.get(m.actor)!;
        t.mentions++;
        t.groups[group] = (t.groups[group] ?? 0) + 1;
        if (!t.example) {
          t.example = doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
          t.exampleDoc = doc.id;
        }
      }
    }
  }
  return registry.actors
    .map((a) => ({ id: a.id, name: a.label, kind: a.kind, aliases: a.aliases.map(String), demonyms: a.demonyms.map(String), ...tally.get(a.id)! }))
    .filter((r) => r.mentions >= (options.minMentions ?? 2))
    .sort((x, y) => y.mentions - x.mentions || (x.name < y.name ? -1 : 1))
    .slice(0, options.top ?? 25);
}

/**
 * A starter registry from suggestions, in the kit's registry format: the file `--actors FILE`
 * reads, once checked by hand (kinds, demonyms such as "Russian", parents such as Moscow → Russia).
 */
export function suggestedRegistry(suggestions: readonly SuggestedActor[], corpusName: string): ActorRegistry {
  return ActorRegistrySchema.parse({
    name: `Actors suggested for ${corpusName}`,
    description:
      "Written by discourse actors --suggest. Check each actor's kind and aliases, add demonyms (\"Russian\") and parents " +
      "(a capital or leader that speaks for a state), remove what is not an actor, then pass this file with --actors.",
    actors: suggestions.map((s) => ({ id: s.id, label: s.name, kind: s.kind, aliases: s.aliases, ...(s.demonyms.length ? { demonyms: s.demonyms } : {}) })),
  });
}
