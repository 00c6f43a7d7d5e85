import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CompiledLexicon, compileLexicon } from "../../lexicons/sentimentLexicon";
import { type LogisticModel, modelWeights, predictProba } from "../stats/logistic";
import { POLARITIES, type Polarity } from "./newsmtsc";
import { targetFeatures } from "./targetFeatures";
import { type TargetScore, scoreTarget } from "./targetSentiment";

/** The shipped target model: fitted on NewsMTSC train, options chosen on its dev sets. */
export interface TargetModelFile extends LogisticModel {
  meta: Record<string, unknown>;
}

let defaultModel: TargetModelFile | undefined;
let defaultLexicon: CompiledLexicon | undefined;

/** Path of the model shipped with the kit (written by `discourse fit-targets`). */
const DEFAULT_MODEL_PATH = join(__dirname, "..", "..", "lexicons", "targetModel.json");

export function loadTargetModel(path = DEFAULT_MODEL_PATH): TargetModelFile {
  if (path === DEFAULT_MODEL_PATH && defaultModel) return defaultModel;
  const model = JSON.parse(readFileSync(path, "utf8")) as TargetModelFile;
  if (path === DEFAULT_MODEL_PATH) defaultModel = model;
  return model;
}

const centredMaps = new WeakMap<LogisticModel, Map<string, number[]>>();

/**
 * Each feature's weights less their mean over the classes, made once per model: what a feature adds
 * to one class beyond the others, the contribution a driver reports.
 */
function centredWeights(model: LogisticModel): Map<string, number[]> {
  let centred = centredMaps.get(model);
  if (!centred) {
    centred = new Map();
    for (const [f, w] of modelWeights(model)) {
      const mean = w.reduce((a, b) => a + b, 0) / model.labels.length;
      centred.set(f, w.map((x) => x - mean));
    }
    centredMaps.set(model, centred);
  }
  return centred;
}

export interface TargetPrediction {
  polarity: Polarity;
  /** P(positive) − P(negative), in [-1, 1]. */
  score: number;
  probabilities: Record<Polarity, number>;
  /** The rule-based reading: the clause scored and the words that moved it, with their weights. */
  rule: TargetScore;
  /** The model's largest feature contributions to the predicted class (feature, contribution). */
  drivers: { feature: string; contribution: number }[];
}

export interface ClassifyOptions {
  lexicon?: CompiledLexicon;
  model?: TargetModelFile;
  /** Spans the rule-based reading skips: the other actors' names in the sentence. */
  ignore?: readonly { start: number; end: number }[];
}

/**
 * Target-directed sentiment of one mention: the rule-based score (`scoreTarget`) and the words of
 * the sentence around the target, read by a multinomial logistic regression fitted on NewsMTSC.
 * The polarity is the most probable class; the score is P(positive) − P(negative).
 */
export function classifyTarget(
  text: string,
  target: { start: number; end: number },
  sentence: { start: number; end: number } = { start: 0, end: text.length },
  options: ClassifyOptions = {},
): TargetPrediction {
  const lexicon = options.lexicon ?? (defaultLexicon ??= compileLexicon());
  const model = options.model ?? loadTargetModel();
  const rule = scoreTarget(text, target, sentence, lexicon, options.ignore);
  const x = targetFeatures(text, target, sentence, lexicon, rule);
  const p = predictProba(model, x);
  const best = p.indexOf(Math.max(...p));
  const idx = (l: Polarity) => model.labels.indexOf(l);
  const centred = centredWeights(model);
  const drivers: TargetPrediction["drivers"] = [];
  for (const [f, v] of x) {
    const w = centred.get(f);
    if (w) drivers.push({ feature: f, contribution: v * w[best] });
  }
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  drivers.length = Math.min(drivers.length, 6);
  return {
    polarity: model.labels[best] as Polarity,
    score: p[idx("positive")] - p[idx("negative")],
    probabilities: Object.fromEntries(POLARITIES.map((l) => [l, p[idx(l)]])) as Record<Polarity, number>,
    rule,
    drivers,
  };
}
