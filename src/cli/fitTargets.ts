import { join, resolve } from "node:path";
import { POLARITIES, readTargetExamples, type TargetExample } from "../analysis/targets/newsmtsc";
import { targetFeatures } from "../analysis/targets/targetFeatures";
import { classificationReport } from "../analysis/stats/classification";
import { type FitOptions, fitLogistic, predictProba, pruneModel } from "../analysis/stats/logistic";
import { DiscourseError } from "../errors";
import { writeFileAtomic } from "../io/atomicWrite";
import { compileLexicon } from "../lexicons/sentimentLexicon";
import type { Command } from "./command";
import { declareCommand } from "./options";

/** Where the fitted model goes: the source tree, from which the build copies it to dist/. */
const SOURCE_MODEL_PATH = join(__dirname, "..", "..", "src", "lexicons", "targetModel.json");

/** The options tried; the one with the best mean macro-F1 over the dev files is kept. */
const FIT_GRID: FitOptions[] = [
  { epochs: 3, rate: 0.1, l2: 1e-4 },
  { epochs: 5, rate: 0.05, l2: 1e-4 },
  { epochs: 5, rate: 0.1, l2: 1e-4 },
  { epochs: 8, rate: 0.05, l2: 1e-4 },
  { epochs: 4, rate: 0.1, l2: 1e-5 },
];

export const fitTargetsCommand: Command = declareCommand({
  name: "fit-targets",
  summary: "fit the target-sentiment model on NewsMTSC train, choosing options on the dev files",
  about:
    "Fits a multinomial logistic regression over target-aware features (seeded, so the same data\n" +
    "give the same model) for each option set of a small grid, keeps the best by mean dev macro-F1,\n" +
    "refits nothing on dev, and writes the model (default src/lexicons/targetModel.json).",
  groups: [],
  options: {
    train: { type: "string", arg: "FILE", help: "training sentences (required)" },
    dev: { type: "string", arg: "FILE[,FILE...]", help: "development sentences for the choices (required)" },
    out: { type: "string", arg: "FILE", help: "where the model goes (default src/lexicons/targetModel.json)" },
  },
  run(values) {
    if (typeof values.train !== "string") throw new DiscourseError("missing; pass --train FILE.jsonl", { field: "--train" });
    if (typeof values.dev !== "string") throw new DiscourseError("missing; pass --dev FILE.jsonl[,FILE.jsonl]", { field: "--dev" });
    const lexicon = compileLexicon();
    const featurize = (ex: TargetExample[]) =>
      ex.map((e) => targetFeatures(e.sentence, { start: e.target_from, end: e.target_to }, { start: 0, end: e.sentence.length }, lexicon));
    const train = readTargetExamples(values.train);
    const xs = featurize(train);
    const ys = train.map((e) => POLARITIES.indexOf(e.polarity));
    const devs = values.dev.split(",").map((f) => ({ file: f, ex: readTargetExamples(f) })).map((d) => ({ ...d, xs: featurize(d.ex) }));
    let best: { options: FitOptions; f1: number[]; model: ReturnType<typeof fitLogistic> } | undefined;
    for (const options of FIT_GRID) {
      const model = fitLogistic(xs, ys, [...POLARITIES], { ...options, seed: 1, minCount: 2 });
      const f1 = devs.map((d) => {
        const predicted = d.xs.map((x) => {
          const p = predictProba(model, x);
          return POLARITIES[p.indexOf(Math.max(...p))];
        });
        return classificationReport(d.ex.map((e) => e.polarity), predicted, POLARITIES).macroF1;
      });
      process.stderr.write(`fit-targets: ${JSON.stringify(options)} dev macro-F1 ${f1.map((v) => v.toFixed(3)).join(", ")}\n`);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      if (!best || mean(f1) > mean(best.f1)) best = { options, f1, model };
    }
    const pruned = pruneModel(best!.model);
    const out = typeof values.out === "string" ? values.out : SOURCE_MODEL_PATH;
    const meta = {
      method: "multinomial logistic regression (AdaGrad SGD, L2) over target-aware features and the rule-based target score",
      trainedOn: `${train.length} examples`,
      options: { ...best!.options, seed: 1, minCount: 2 },
      dev: Object.fromEntries(devs.map((d, i) => [d.file.replace(/^.*\//, ""), Number(best!.f1[i].toFixed(4))])),
      data: "NewsMTSC (Hamborg & Donnay 2021)",
    };
    writeFileAtomic(out, JSON.stringify({ meta, ...pruned }) + "\n");
    process.stdout.write(`${resolve(out)}: ${Object.keys(pruned.weights).length} features, options ${JSON.stringify(best!.options)}\n`);
    return 0;
  },
});
