/**
 * The names a text mentions, as candidates for an actor registry: compromise's people, places and
 * organisations (Kelly, compromise 14: a rule-based English tagger with a lexicon of names), and
 * the kit's own evidence where compromise is blind: acronyms defined in parentheses
 * ("the Organization for Security and Co-operation in Europe (OSCE)") and capitalised words and
 * sequences inside sentences (names where the corpus repeats them: "the Kremlin", "Gazprom"). Names are cleaned of what a tagger carries along: trailing
 * punctuation, possessives, a leading "the", honorific titles (kept as a second spelling).
 */
import type { ActorKind } from "../../lexicons/actorSchema";
import { splitSentences } from "../../text/sentences";
import { stopwordSet } from "../../text/stopwords";

export interface NameCandidate {
  /** The name as written, cleaned. */
  name: string;
  kind: ActorKind;
  /** Other spellings found for the same name: a titled form ("President Emmanuel Macron"), a defined acronym. */
  spellings: string[];
}

/** What one text names, and the nationality words it uses ("Russian", "European"). */
export interface TextNames {
  names: NameCandidate[];
  demonyms: string[];
  /** Capitalised words and sequences inside sentences, with their counts: names where the corpus repeats them. */
  capitalised: Map<string, number>;
}

/** Titles that precede a person's name and are not part of it. */
const TITLE = "(?:Vice President|President|Prime Minister|Premier|Chancellor|Foreign Minister|Defence Minister|Defense Minister|Minister|Secretary of State|Secretary|Chief Justice|Justice|Speaker|Senator|Governor|Mayor|General|Ambassador|King|Queen|Pope|Mr|Mrs|Ms|Dr|Prof)\\.?";
const TITLES = new RegExp(`^(?:${TITLE}\\s+)+`);
const ONLY_TITLES = new RegExp(`^(?:${TITLE}\\s*)+$`);
/** Capitalised words that are not names: months, days, titles standing alone. */
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|Dear|Sir|Madam)$/;
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "in", "on", "&"]);
const DEFINED_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*|of|for|and|the|in|on|&|-)(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|in|on|&))+)\s+\((\p{Lu}{2,}[\p{Lu}\d-]*)\)/gu;
/** Capitalised words inside a sentence (not after . ! ? or a quote, not at a line's start), one or several. */
const CAPITALISED = /(?<![.!?:"“]\s+|^\s*)\b(\p{Lu}[\p{Ll}’'-]+(?:\s+(?:of|for|and|the|de|von)?\s*\p{Lu}[\p{Ll}’'-]+)*)/gmu;

/** A letter or two with a capital ("A", "J", "Co") is an initial or an abbreviation, not a name; two capitals ("EU") may be one. */
const tooShort = (name: string) => name.length < 3 && !/^\p{Lu}{2}$/u.test(name);

/** A tagger's name without punctuation around it, a possessive, or a leading article. */
export function cleanName(raw: string): string {
  return raw
    .replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),.;:!?]+$/g, "")
    .replace(/(?:'s|’s|'|’)$/u, "")
    .replace(/^the\s+/i, "")
    .trim();
}

/** A person's name without its title ("President Emmanuel Macron" → "Emmanuel Macron"). */
export function untitled(name: string): string {
  return name.replace(TITLES, "").trim();
}

/** The initials of a multiword name, connectors skipped: "European Union" → "EU". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/** A capital after a space: a name, "I", or a quotation's first word, inside the sentence. */
const CAPITAL_INSIDE = /\s\p{Lu}/u;
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
const STOPWORDS = stopwordSet("default");

/**
 * The sentences of a text the tagger can find a name in, joined as paragraphs: those with a capital
 * inside, and those that open with a word that is not a stop word ("Kennedy said so."). A sentence
 * left out ("The plan failed.") opens with a stop word and holds no other capital: it names no one,
 * and the tagger, the slow part of finding names, need not read it.
 */
function sentencesWithNames(text: string): string {
  return splitSentences(text)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => CAPITAL_INSIDE.test(s) || !STOPWORDS.has((FIRST_WORD.exec(s)?.[1] ?? "").toLowerCase()))
    .join("\n\n");
}

type Found = { out(format: "array"): string[] };
type Nlp = (text: string) => {
  people(): Found;
  places(): Found;
  organizations(): Found;
  match(pattern: string): Found;
  has(pattern: string): boolean;
};

let nlp: Nlp | undefined;

/** compromise, loaded on first use (it takes a few hundred milliseconds). */
function tagger(): Nlp {
  nlp ??= require("compromise") as Nlp;
  return nlp;
}

/**
 * The names of one text, with their kinds and the spellings found beside them. `tag: false` leaves
 * compromise out (its people, places, organisations and demonyms): what remains is the kit's own
 * evidence, defined acronyms and capitalised sequences, read at a fraction of the cost.
 */
export function nameCandidates(text: string, options: { tag?: boolean } = {}): TextNames {
  const out: NameCandidate[] = [];
  const nlpOf = tagger();
  const doc = options.tag === false ? undefined : nlpOf(sentencesWithNames(text));
  const add = (raw: string, kind: ActorKind) => {
    const name = cleanName(raw);
    if (tooShort(name) || !/\p{Lu}/u.test(name[0]) || ONLY_TITLES.test(name) || NOT_NAMES.test(name)) return;
    if (kind === "person") {
      const bare = untitled(name);
      // A title before an initial ("Mrs. J. M. Cheshire" read as "Mrs. J") names no one; "President Xi" does.
      if (bare && bare !== name) return /^\p{Lu}\.?$/u.test(bare) ? undefined : out.push({ name: bare, kind, spellings: [name] });
    }
    out.push({ name, kind, spellings: [] });
  };
  for (const p of doc?.people().out("array") ?? []) add(p, "person");
  // A country is a state; another place (a city, a region) is left for the user to name.
  for (const p of doc?.places().out("array") ?? []) add(p, nlpOf(cleanName(p)).has("#Country") ? "state" : "place");
  for (const o of doc?.organizations().out("array") ?? []) add(o, "organisation");
  for (const m of text.matchAll(DEFINED_ACRONYM)) {
    // The long form is the capitalised words before the parenthesis that the acronym's letters start.
    const words = m[1].split(/\s+/);
    const letters = m[2].replace(/[^\p{Lu}]/gu, "");
    for (let from = 0; from < words.length; from++) {
      const long = words.slice(from).join(" ");
      if (initials(long) === letters || initials(long).startsWith(letters)) {
        out.push({ name: cleanName(long), kind: "organisation", spellings: [m[2]] });
        break;
      }
    }
  }
  const capitalised = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED)) {
    const name = cleanName(m[1]);
    capitalised.set(name, (capitalised.get(name) ?? 0) + 1);
  }
  for (const name of capitalised.keys()) if (tooShort(name) || ONLY_TITLES.test(name) || NOT_NAMES.test(name) || TITLES.test(name)) capitalised.delete(name);
  const demonyms = (doc?.match("#Demonym").out("array") ?? []).map(cleanName).filter((d) => /^\p{Lu}\p{Ll}+$/u.test(d));
  return { names: out, demonyms, capitalised };
}
