import { actorMentions } from "../analysis/actors/actorMentions";
import { actorChange, actorStance } from "../analysis/actors/actorStance";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { defaultActors } from "../lexicons/defaultActors";
import { irSentiment } from "../lexicons/irSentiment";
import { readLexicon } from "../lexicons/readLexicon";
import { compileLexicon } from "../lexicons/sentimentLexicon";
import { SentimentLexiconSchema } from "../lexicons/sentimentSchema";
import { DiscourseError } from "../errors";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { bootstrapValues, choice, intOption, optionalCompare, printRows, requireCorpus } from "./shared";
import { suggestActors, suggestedRegistry } from "../analysis/actors/suggestActors";
import type { Corpus } from "../corpus/corpus";
import type { Values } from "./options";
import { stringify } from "yaml";

export const actorsCommand: Command = declareCommand({
  name: "actors",
  summary: "stance toward named actors per group (mean, bootstrap CI); with --a/--b the change",
  about:
    "One row per actor and group { actor, label, kind, group, mentions, direct, mean, ciLow, ciHigh,\n" +
    "sharePositive, shareNegative, fewMentions }. A parent's row includes its children's mentions\n" +
    "(Xi Jinping → China) unless --direct. With --a/--b: the change meanB − meanA per actor, with a\n" +
    "bootstrap CI. With --mentions: every mention with its sentence, score and evidence words.\n" +
    "--actors FILE: an actor registry (.json/.yaml); --sentiment FILE: sentiment additions.\n" +
    "--suggest: the names the texts mention instead (people, states and places, organisations), with\n" +
    "their spellings and short forms, mentions per group and an example: json rows { id, name, kind,\n" +
    "mentions, groups, aliases, demonyms, example, exampleDoc }; --format yaml writes a starter\n" +
    "registry to check and pass back with --actors FILE.",
  groups: ["corpus", "compare", "bootstrap", "format"],
  options: {
    actors: { type: "string", arg: "FILE", help: "an actor registry (.json/.yaml) instead of the default" },
    sentiment: { type: "string", arg: "FILE", help: "sentiment additions (.json/.yaml)" },
    method: { type: "string", default: "model", arg: "model|rules", help: "how a mention is scored" },
    direct: { type: "boolean", default: false, help: "a parent's row without its children's mentions" },
    mentions: { type: "boolean", default: false, help: "every mention with its sentence, score and evidence words" },
    suggest: { type: "boolean", default: false, help: "list the names the texts mention (--format yaml: a starter registry)" },
    top: { type: "string", default: "25", arg: "N", help: "with --suggest: the N most mentioned" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    if (values.suggest === true) return suggest(corpus, values);
    const actors = typeof values.actors === "string" ? readLexicon(values.actors, ActorRegistrySchema) : defaultActors;
    const lexicon = typeof values.sentiment === "string" ? compileLexicon(irSentiment, readLexicon(values.sentiment, SentimentLexiconSchema)) : undefined;
    const method = choice(values, "method", ["model", "rules"] as const);
    const mentions = actorMentions(corpus, { by: String(values.by), actors, lexicon, method });
    if (values.mentions === true) {
      printRows(
        mentions.map((m) => ({
          doc: m.doc, group: m.group, actor: m.actor, matched: m.matched, strength: m.strength, weight: m.weight,
          score: m.score, polarity: m.polarity, scoredBy: m.scoredBy,
          words: m.words.map((w) => `${w.word} ${w.weight >= 0 ? "+" : ""}${w.weight.toFixed(2)}`).join("; "),
          sentence: m.sentenceText,
        })),
        values,
      );
      return 0;
    }
    const unscored = mentions.filter((m) => m.score === null).length;
    if (unscored) process.stderr.write(`discourse: note: ${unscored} mention(s) are in sentences that are not English; stance is scored for English only (--mentions lists them, with no score)\n`);
    const options = { actors, rollup: values.direct !== true, ...bootstrapValues(values) };
    const pair = optionalCompare(values);
    if (pair) {
      printRows(actorChange(mentions, pair.a, pair.b, options), values);
    } else {
      printRows(actorStance(mentions, options), values);
    }
    return 0;
  },
});

/** `actors --suggest`: who the texts name, as rows or as a starter registry in YAML. */
function suggest(corpus: Corpus, values: Values): number {
  const format = choice(values, "format", ["json", "yaml", "csv", "table"] as const);
  const rows = suggestActors(corpus, { by: String(values.by), top: intOption(values, "top", 25) });
  if (rows.length === 0) {
    // The name tagger reads English: a corpus in another language, or one that names no one twice, has nothing to list.
    throw new DiscourseError(
      `no name is mentioned twice in the ${corpus.documents.length} document(s); names are found in English text only (write the registry by hand for other languages)`,
      { field: "--suggest" },
    );
  }
  if (format === "yaml") {
    process.stdout.write(stringify(suggestedRegistry(rows, corpus.name), { lineWidth: 100 }));
    return 0;
  }
  if (format === "json") printRows(rows, values);
  else printRows(rows.map((r) => ({ ...r, groups: Object.entries(r.groups).map(([g, n]) => `${g}: ${n}`).join("; "), aliases: r.aliases.join(" | "), demonyms: r.demonyms.join(" | ") })), values);
  return 0;
}
