/** Accuracy, per-class and macro-averaged F1, and the confusion matrix of a classification. */
export interface ClassificationReport<L extends string> {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<L, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<L, Record<L, number>>;
}

/** Macro-F1 is the unweighted mean of the classes' F1 (F1 = 2PR/(P+R); 0 when P + R = 0). */
export function classificationReport<L extends string>(gold: readonly L[], predicted: readonly L[], labels: readonly L[]): ClassificationReport<L> {
  if (gold.length !== predicted.length) throw new RangeError("gold and predicted differ in length");
  const confusion = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<L, Record<L, number>>;
  gold.forEach((g, i) => confusion[g][predicted[i]]++);
  const perClass = {} as ClassificationReport<L>["perClass"];
  for (const l of labels) {
    const tp = confusion[l][l];
    const predictedL = labels.reduce((s, g) => s + confusion[g][l], 0);
    const support = labels.reduce((s, p) => s + confusion[l][p], 0);
    const precision = predictedL ? tp / predictedL : 0;
    const recall = support ? tp / support : 0;
    perClass[l] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const correct = labels.reduce((s, l) => s + confusion[l][l], 0);
  return {
    n: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: labels.reduce((s, l) => s + perClass[l].f1, 0) / labels.length,
    perClass,
    confusion,
  };
}
