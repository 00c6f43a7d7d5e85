import { frameCounts, frameDifference, frameRates } from "../analysis/frames";
import { defaultFrames } from "../lexicons/defaultFrames";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { bootstrapValues, optionalCompare, printRows, requireCorpus } from "./shared";

export const framesCommand: Command = declareCommand({
  name: "frames",
  summary: "frame prevalence per group (per 1,000 tokens, bootstrap CI); with --a/--b the difference",
  about:
    "Without --a/--b: one row per frame and group { frame, label, group, documents, tokens,\n" +
    "matches, per1k, ciLow, ciHigh }. With them: one row per frame { frame, label, matchesA,\n" +
    "matchesB, per1kA, per1kB, diff, ciLow, ciHigh, pPermutation }. Intervals resample sentences\n" +
    "(seeded: the same seed gives the same numbers). FILE is a .json or .yaml frame dictionary.",
  groups: ["corpus", "compare", "bootstrap", "format"],
  options: {
    frames: { type: "string", arg: "FILE", help: "a frame dictionary (.json/.yaml) instead of the default" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const dictionary = typeof values.frames === "string" ? readLexicon(values.frames, FrameDictionarySchema) : defaultFrames;
    const fc = frameCounts(corpus, dictionary, { by: String(values.by) });
    const boot = bootstrapValues(values);
    const pair = optionalCompare(values);
    if (pair) {
      printRows(frameDifference(fc, pair.a, pair.b, boot), values);
    } else {
      printRows(frameRates(fc, boot), values);
    }
    return 0;
  },
});
