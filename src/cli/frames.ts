import { frameCounts, frameDifference, frameRates } from "../analysis/frames";
import { defaultFrames } from "../lexicons/defaultFrames";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { bootstrapOptions, bootstrapValues, corpusOptions, printRows, requireCorpus } from "./shared";

export const framesCommand: Command = {
  name: "frames",
  summary: "frame prevalence per group (per 1,000 tokens, bootstrap CI); with --a/--b the difference",
  usage:
    "discourse frames --corpus DIR --by FIELD [--frames FILE] [--a VALUE --b VALUE]\n" +
    "                 [--iterations N] [--seed N] [--format json|csv|table]\n\n" +
    "Without --a/--b: one row per frame and group { frame, label, group, documents, tokens,\n" +
    "matches, per1k, ciLow, ciHigh }. With them: one row per frame { frame, label, matchesA,\n" +
    "matchesB, per1kA, per1kB, diff, ciLow, ciHigh, pPermutation }. Intervals resample sentences\n" +
    "(seeded: the same seed gives the same numbers). FILE is a .json or .yaml frame dictionary.",
  options: {
    ...corpusOptions,
    frames: { type: "string" },
    a: { type: "string" },
    b: { type: "string" },
    ...bootstrapOptions,
  },
  run(values) {
    const corpus = requireCorpus(values);
    const dictionary = typeof values.frames === "string" ? readLexicon(values.frames, FrameDictionarySchema) : defaultFrames;
    const fc = frameCounts(corpus, dictionary, { by: String(values.by) });
    const boot = bootstrapValues(values);
    if (values.a !== undefined || values.b !== undefined) {
      printRows(frameDifference(fc, String(values.a), String(values.b), boot), values);
    } else {
      printRows(frameRates(fc, boot), values);
    }
    return 0;
  },
};
