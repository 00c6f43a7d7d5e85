import { actorMentions } from "../analysis/actors/actorMentions";
import { actorChange, actorStance } from "../analysis/actors/actorStance";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { defaultActors } from "../lexicons/defaultActors";
import { irSentiment } from "../lexicons/irSentiment";
import { readLexicon } from "../lexicons/readLexicon";
import { compileLexicon } from "../lexicons/sentimentLexicon";
import { SentimentLexiconSchema } from "../lexicons/sentimentSchema";
import type { Command } from "./command";
import { bootstrapOptions, bootstrapValues, choice, corpusOptions, printRows, requireCorpus, requireGroups } from "./shared";

export const actorsCommand: Command = {
  name: "actors",
  summary: "stance toward named actors per group (mean, bootstrap CI); with --a/--b the change",
  usage:
    "discourse actors --corpus DIR --by FIELD [--actors FILE] [--sentiment FILE] [--method model|rules]\n" +
    "                 [--direct] [--a VALUE --b VALUE | --mentions] [--iterations N] [--seed N]\n" +
    "                 [--format json|csv|table]\n\n" +
    "One row per actor and group { actor, label, kind, group, mentions, direct, mean, ciLow, ciHigh,\n" +
    "sharePositive, shareNegative, fewMentions }. A parent's row includes its children's mentions\n" +
    "(Xi Jinping → China) unless --direct. With --a/--b: the change meanB − meanA per actor, with a\n" +
    "bootstrap CI. With --mentions: every mention with its sentence, score and evidence words.\n" +
    "--actors FILE: an actor registry (.json/.yaml); --sentiment FILE: sentiment additions.",
  options: {
    by: corpusOptions.by,
    corpus: corpusOptions.corpus,
    format: corpusOptions.format,
    duplicates: corpusOptions.duplicates,
    actors: { type: "string" },
    sentiment: { type: "string" },
    method: { type: "string", default: "model" },
    direct: { type: "boolean", default: false },
    mentions: { type: "boolean", default: false },
    a: { type: "string" },
    b: { type: "string" },
    ...bootstrapOptions,
  },
  run(values) {
    const corpus = requireCorpus(values);
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
    const options = { actors, rollup: values.direct !== true, ...bootstrapValues(values) };
    if (values.a !== undefined || values.b !== undefined) {
      const { a, b } = requireGroups(values);
      printRows(actorChange(mentions, a, b, options), values);
    } else {
      printRows(actorStance(mentions, options), values);
    }
    return 0;
  },
};
