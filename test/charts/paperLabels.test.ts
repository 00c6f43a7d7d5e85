import { strict as assert } from "node:assert";
import { after, before, test } from "node:test";
import { keyness } from "../../src/analysis/keyness";
import { frameCounts, frameRates } from "../../src/analysis/frames";
import { termFrequency } from "../../src/analysis/frequency";
import type { Figure } from "../../src/charts/figure";
import { frameChart } from "../../src/charts/frameChart";
import { frequencyChart } from "../../src/charts/frequencyChart";
import { keynessChart } from "../../src/charts/keynessChart";
import { rateScatter } from "../../src/charts/rateScatter";
import { type Preset, applyPreset } from "../../src/charts/theme";
import { wordShiftChart } from "../../src/charts/wordShiftChart";
import { loadCorpus } from "../../src/corpus/load";
import { FigureExporter } from "../../src/export/exportFigure";
import { defaultFrames } from "../../src/lexicons/defaultFrames";
import { tokens } from "../../src/text/tokens";
import { SEEDS } from "../helpers";

// Rendered by Plotly in Chromium at each export size, then read from the SVG it draws: what a
// reader of the paper sees, not what the figure asked for.
const corpus = loadCorpus(SEEDS);
const toks = tokens(corpus);
const key = keyness(toks, { a: "2016", b: "2022" });
const PRESETS: Preset[] = ["paper", "paper-wide", "screen"];
let exporter: FigureExporter;
before(async () => {
  exporter = await FigureExporter.open();
});
after(async () => exporter.close());

async function svgAt(figure: Figure, preset: Preset): Promise<string> {
  const f = applyPreset(figure, preset);
  return exporter.svg(f, f.layout.width as number, f.layout.height as number);
}

/** Categories (bars, or dots of a dot plot) summed over a figure's y axes. */
function barCount(figure: Figure): number {
  const byAxis = new Map<string, Set<unknown>>();
  for (const t of figure.data) {
    if (!Array.isArray(t.y) || !(t.y as unknown[]).every((y) => typeof y === "string")) continue;
    const k = String(t.yaxis ?? "y");
    byAxis.set(k, new Set([...(byAxis.get(k) ?? []), ...(t.y as unknown[])]));
  }
  return [...byAxis.values()].reduce((n, s) => n + s.size, 0);
}

const barCharts: [string, Figure][] = [
  ["keyness", keynessChart(key, { labelA: "2016", labelB: "2022" })],
  ["word shift", wordShiftChart(key)],
  ["frames", frameChart(frameRates(frameCounts(corpus, defaultFrames), { iterations: 200 }))],
  ["frequency", frequencyChart(termFrequency(toks, { top: 15 }), { top: 15 })],
];

for (const [name, figure] of barCharts) {
  test(`every bar of the ${name} chart has its label at every export size`, async () => {
    for (const preset of PRESETS) {
      const svg = await svgAt(figure, preset);
      const labels = [...svg.matchAll(/<g class="y\d*tick">/g)].length;
      assert.equal(labels, barCount(figure), `${name} at ${preset}`);
    }
  });
}

test("the rate scatter's labels never overlap, stay in the plot, and the left-out ones are counted", async () => {
  const figure = rateScatter(key, { labelA: "2016", labelB: "2022" });
  const wanted = figure.meta!.labels!.candidates.length;
  for (const preset of PRESETS) {
    const svg = await svgAt(figure, preset);
    const boxes = [...svg.matchAll(/<g class="annotation"[\s\S]*?translate\(([\d.]+),([\d.]+)\)"><rect class="bg" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/g)].map(
      (m) => ({ x0: +m[1], y0: +m[2], x1: +m[1] + +m[3], y1: +m[2] + +m[4] }),
    );
    const [px, py] = /<g class="overplot"><g class="xy" transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg)!.slice(1).map(Number);
    const [pw, ph] = /class="plotclip"><rect width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.slice(1).map(Number);
    for (const b of boxes) assert.ok(b.x0 >= px - 1 && b.x1 <= px + pw + 1 && b.y0 >= py - 1 && b.y1 <= py + ph + 1, `${preset}: a label outside the plot`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        assert.ok(!(a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5), `${preset}: labels ${i} and ${j} overlap`);
      }
    }
    const note = /(\d+) of (\d+) labels left out/.exec(svg);
    const left = note ? Number(note[1]) : 0;
    assert.equal(boxes.length + left, wanted, `${preset}: every strong term is labelled or counted as left out`);
    if (note) assert.equal(Number(note[2]), wanted);
    assert.ok(boxes.length >= 3, `${preset}: ${boxes.length} labels placed`);
  }
});

test("terms used on one side only sit on a marked 0 edge, below every rate", () => {
  const figure = rateScatter(key);
  const onlyB = key.filter((r) => r.countA === 0);
  assert.ok(onlyB.length > 0);
  const yaxis = figure.layout.yaxis as { tickvals: number[]; ticktext: string[] };
  assert.equal(yaxis.ticktext[0], "0");
  const zero = yaxis.tickvals[0];
  const traceB = figure.data.find((t) => t.name === "more in B")!;
  const ys = traceB.y as number[];
  const smallest = Math.min(...key.filter((r) => r.countA > 0).map((r) => (r.countA / r.totalA) * 10_000));
  const zeroes = ys.filter((y) => y === zero).length;
  // One marker per distinct pair of counts: on the edge, one per count in B among B's terms never used in A.
  assert.equal(zeroes, new Set(key.filter((r) => r.side === "B" && r.countA === 0).map((r) => r.countB)).size);
  assert.ok(zero < smallest, "the 0 edge lies below the smallest rate");
  assert.equal((figure.layout.shapes as unknown[]).length, 2, "a dotted line on each axis sets the edge apart");
});
