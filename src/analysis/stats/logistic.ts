import { seededRandom } from "./random";

/** A sparse example: feature name → value (1 for presence). */
export type Features = Map<string, number>;

/** A multinomial logistic regression: per feature one weight per class, plus class biases. */
export interface LogisticModel {
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface FitOptions {
  /** L2 penalty per example update. Default 1e-4. */
  l2?: number;
  /** Passes over the data. Default 10. */
  epochs?: number;
  /** AdaGrad base learning rate. Default 0.2. */
  rate?: number;
  /** Features seen in fewer examples are dropped. Default 2. */
  minCount?: number;
  /** Seed of the shuffling. Default 1. */
  seed?: number;
}

const weightMaps = new WeakMap<LogisticModel, Map<string, number[]>>();

/**
 * A model's weights as a Map, made once per model: a fitted model has tens of thousands of
 * features, and an object that large looks its keys up several times slower than a Map.
 */
export function modelWeights(model: LogisticModel): Map<string, number[]> {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  return weights;
}

/** Class probabilities: softmax of bias + Σ value × weight. */
export function predictProba(model: LogisticModel, x: Features): number[] {
  const z = [...model.bias];
  const weights = modelWeights(model);
  for (const [f, v] of x) {
    const w = weights.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c] += v * w[c];
  }
  const m = Math.max(...z);
  const e = z.map((s) => Math.exp(s - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((s) => s / sum);
}

/**
 * Fits a multinomial logistic regression by stochastic gradient descent with AdaGrad steps
 * (Duchi et al. 2011) and L2 shrinkage, shuffling with a seeded generator so the same data and
 * options always give the same model.
 */
export function fitLogistic(xs: readonly Features[], ys: readonly number[], labels: string[], options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1e-4;
  const epochs = options.epochs ?? 10;
  const rate = options.rate ?? 0.2;
  const minCount = options.minCount ?? 2;
  const k = labels.length;
  const df = new Map<string, number>();
  for (const x of xs) for (const f of x.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = new Set([...df].filter(([, n]) => n >= minCount).map(([f]) => f));
  const weights: Record<string, number[]> = {};
  const g2: Record<string, number[]> = {};
  for (const f of keep) {
    weights[f] = new Array(k).fill(0);
    g2[f] = new Array(k).fill(1e-8);
  }
  const bias = new Array(k).fill(0);
  const biasG2 = new Array(k).fill(1e-8);
  const model: LogisticModel = { labels, bias, weights };
  const random = seededRandom(options.seed ?? 1);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const p = predictProba(model, xs[i]);
      for (let c = 0; c < k; c++) {
        const err = p[c] - (ys[i] === c ? 1 : 0);
        biasG2[c] += err * err;
        bias[c] -= (rate / Math.sqrt(biasG2[c])) * err;
        for (const [f, v] of xs[i]) {
          const w = weights[f];
          if (!w) continue;
          const g = err * v + l2 * w[c];
          g2[f][c] += g * g;
          w[c] -= (rate / Math.sqrt(g2[f][c])) * g;
        }
      }
    }
  }
  return model;
}

/** Drops features whose weights are all below `epsilon` in size, and rounds the rest. */
export function pruneModel(model: LogisticModel, epsilon = 1e-3, digits = 4): LogisticModel {
  const round = (v: number) => Number(v.toFixed(digits));
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const w = model.weights[f];
    if (w.some((v) => Math.abs(v) >= epsilon)) weights[f] = w.map(round);
  }
  return { labels: model.labels, bias: model.bias.map(round), weights };
}
