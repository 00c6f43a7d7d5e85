import { type ClassificationReport, classificationReport } from "../stats/classification";
import { POLARITIES, type Polarity, type TargetExample } from "./newsmtsc";
import { sentenceBaseline } from "./sentenceBaseline";
import { classifyTarget } from "./targetModel";

export interface MethodReport {
  method: string;
  report: ClassificationReport<Polarity>;
}

/** The methods compared on labelled (sentence, target) pairs: the kit's and the baseline. */
const TARGET_METHODS: { method: string; predict(e: TargetExample): Polarity }[] = [
  {
    method: "discourse-kit (target-aware)",
    predict: (e) => classifyTarget(e.sentence, { start: e.target_from, end: e.target_to }).polarity,
  },
  {
    method: "AFINN sentence baseline (natural)",
    predict: (e) => sentenceBaseline(e.sentence).polarity,
  },
];

/** Accuracy, macro-F1 and confusion matrix of each method on the examples. */
export function evaluateTargets(examples: readonly TargetExample[]): MethodReport[] {
  const gold = examples.map((e) => e.polarity);
  return TARGET_METHODS.map(({ method, predict }) => ({
    method,
    report: classificationReport(gold, examples.map(predict), POLARITIES),
  }));
}
