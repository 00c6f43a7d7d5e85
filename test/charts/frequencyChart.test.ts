import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { FreqRow } from "../../src/analysis/frequency";
import { frequencyChart } from "../../src/charts/frequencyChart";
import { palette, presets } from "../../src/charts/theme";

const rows: FreqRow[] = [
  { group: "2016", term: "china", count: 12, per10k: 120, docFreq: 1, tfidf: 0 },
  { group: "2016", term: "cyber", count: 11, per10k: 110, docFreq: 1, tfidf: 0 },
  { group: "2016", term: "wuzhen", count: 6, per10k: 60, docFreq: 1, tfidf: 1.8 },
  { group: "2022", term: "US", count: 22, per10k: 260, docFreq: 1, tfidf: 6.6 },
  { group: "2022", term: "<b>x</b>", count: 1, per10k: 10, docFreq: 1, tfidf: 0.3 },
];

test("one panel per group, top N bars, largest at the top, rates on a shared x scale", () => {
  const fig = frequencyChart(rows, { top: 2, by: "year" });
  assert.equal(fig.data.length, 2);
  assert.deepEqual(fig.data[0].y, ["cyber", "china"]);
  assert.deepEqual(fig.data[0].x, [110, 120]);
  assert.equal(fig.data[1].xaxis, "x2");
  const x1 = fig.layout.xaxis as { range: number[]; title: { text: string } };
  const x2 = fig.layout.xaxis2 as { range: number[] };
  assert.deepEqual(x1.range, x2.range);
  assert.equal(x1.title.text, "per 10,000 tokens");
  assert.equal((fig.layout.title as { text: string }).text, "Most frequent terms by year");
});

test("groups differ in colour and in pattern; labels from text are escaped", () => {
  const fig = frequencyChart(rows);
  const [a, b] = fig.data.map((d) => d.marker as { color: string; pattern: { shape: string } });
  assert.equal(a.color, palette.a);
  assert.equal(b.color, palette.b);
  assert.notEqual(a.pattern.shape, b.pattern.shape);
  assert.ok((fig.data[1].y as string[]).includes("&lt;b&gt;x&lt;/b&gt;"));
});

test("paper preset sets a single-column width", () => {
  assert.equal(frequencyChart(rows, { preset: "paper" }).layout.width, presets.paper.width);
  assert.equal(presets.paper.width, 3.5 * 96);
});
