import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { termFrequency } from "../../src/analysis/frequency";
import { termTrend } from "../../src/analysis/termTrend";
import { actorTrendChart, frameTrendChart, termTrendChart } from "../../src/charts/trendChart";
import { frameCounts, frameRates } from "../../src/analysis/frames";
import { loadCorpus } from "../../src/corpus/load";
import { defaultFrames } from "../../src/lexicons/defaultFrames";
import { tokens } from "../../src/text/tokens";
import { textCorpus } from "../helpers";

// Year i (0…4): "Cooperation matters." (4 − i) times, "Competition grows." i times and "Talks
// continue today." twice: 2·4 + 3·2 = 14 word tokens every year.
const years = [0, 1, 2, 3, 4].map((i) => ({
  id: `y${i}`,
  year: 2016 + i,
  text: [...Array(4 - i).fill("Cooperation matters."), ...Array(i).fill("Competition grows."), "Talks continue today.", "Talks continue today."].join(" "),
}));
const toks = tokens(textCorpus(years));

test("term rates per 10,000 tokens in every year, counted by hand", () => {
  const rows = termTrend(toks, { terms: ["cooperation", "competition"], iterations: 500 });
  assert.deepEqual(rows.map((r) => r.group), ["2016", "2017", "2018", "2019", "2020", "2016", "2017", "2018", "2019", "2020"]);
  for (const [i, r] of rows.slice(0, 5).entries()) {
    assert.equal(r.tokens, 14);
    assert.equal(r.count, 4 - i);
    assert.ok(Math.abs(r.per10k - ((4 - i) / 14) * 10_000) < 1e-9, `${r.group}: ${r.per10k}`);
  }
  // A term absent from a year has a point and an interval of exactly 0; one in every sentence's
  // slot has an interval that holds the estimate.
  const none = rows.find((r) => r.term === "cooperation" && r.group === "2020")!;
  assert.deepEqual([none.count, none.per10k, none.ciLow, none.ciHigh], [0, 0, 0, 0]);
  for (const r of rows) assert.ok(r.ciLow <= r.per10k + 1e-9 && r.per10k <= r.ciHigh + 1e-9, `${r.term} ${r.group}`);
  const mid = rows.find((r) => r.term === "competition" && r.group === "2018")!;
  assert.ok(mid.ciLow < mid.per10k && mid.per10k < mid.ciHigh, "sampling variation shows as a non-empty interval");
});

test("term trend rates agree with term frequency, default terms are the most frequent, and reruns are identical", () => {
  const corpus = loadCorpus(join(__dirname, "..", "fixtures", "five-years"));
  const t = tokens(corpus);
  const rows = termTrend(t, { iterations: 200 });
  const terms = [...new Set(rows.map((r) => r.term))];
  assert.equal(terms.length, 6);
  const freq = termFrequency(t);
  const total = (term: string) => freq.filter((r) => r.term === term).reduce((s, r) => s + r.count, 0);
  const others = [...new Set(freq.map((r) => r.term))].filter((x) => !terms.includes(x));
  assert.ok(Math.min(...terms.map(total)) >= Math.max(...others.map(total)), "no left-out term is more frequent");
  for (const r of rows) {
    const f = freq.find((x) => x.term === r.term && x.group === r.group);
    assert.equal(r.count, f?.count ?? 0);
    if (f) assert.ok(Math.abs(r.per10k - f.per10k) < 1e-9);
  }
  assert.deepEqual(termTrend(t, { iterations: 200 }), rows);
  // Counts made already are read instead of counted again; bigram counts are not the terms' counts.
  assert.deepEqual(termTrend(t, { iterations: 200, counts: countTerms(t, { by: "year" }) }), rows);
  assert.deepEqual(termTrend(t, { iterations: 200, counts: countTerms(t, { by: "year", ngram: 2 }) }), rows);
  assert.notDeepEqual(termTrend(t, { iterations: 200, seed: 2 }), rows);
});

test("trend charts: a line per series over the ordered groups, whiskers from the intervals", () => {
  const rows = termTrend(toks, { terms: ["cooperation", "competition"], iterations: 200 });
  const fig = termTrendChart(rows, { by: "year" });
  assert.equal(fig.data.length, 2);
  const coop = fig.data[0] as { x: string[]; y: number[]; error_y: { array: number[]; arrayminus: number[] } };
  assert.deepEqual(coop.x, ["2016", "2017", "2018", "2019", "2020"]);
  assert.deepEqual(coop.y, rows.slice(0, 5).map((r) => r.per10k));
  assert.deepEqual(coop.error_y.array, rows.slice(0, 5).map((r) => r.ciHigh - r.per10k));
  assert.deepEqual(coop.error_y.arrayminus, rows.slice(0, 5).map((r) => r.per10k - r.ciLow));
  assert.equal((fig.layout.xaxis as { type: string }).type, "category");

  const frames = frameRates(frameCounts(textCorpus(years), defaultFrames), { iterations: 100 });
  const frameFig = frameTrendChart(frames, { by: "year" });
  assert.equal(frameFig.data.length, defaultFrames.frames.length);
  // A year without mentions of an actor is a gap, not a zero.
  const stance = [
    { actor: "a", label: "A", kind: "state", group: "2016", mentions: 3, direct: 3, mean: 0.5, ciLow: 0.2, ciHigh: 0.8, sharePositive: 1, shareNegative: 0, fewMentions: true },
    { actor: "a", label: "A", kind: "state", group: "2017", mentions: 0, direct: 0, mean: 0, ciLow: 0, ciHigh: 0, sharePositive: 0, shareNegative: 0, fewMentions: true },
    { actor: "a", label: "A", kind: "state", group: "2018", mentions: 2, direct: 2, mean: -0.4, ciLow: -0.6, ciHigh: -0.1, sharePositive: 0, shareNegative: 1, fewMentions: true },
    { actor: "b", label: "B", kind: "state", group: "2017", mentions: 2, direct: 2, mean: 0.1, ciLow: 0, ciHigh: 0.2, sharePositive: 0, shareNegative: 0, fewMentions: true },
  ];
  const actorFig = actorTrendChart(stance, { by: "year" });
  assert.deepEqual((actorFig.data[0] as { x: string[] }).x, ["2016", "2017", "2018"]);
  assert.deepEqual((actorFig.data[0] as { y: (number | null)[] }).y, [0.5, null, -0.4]);
  assert.equal((actorFig.layout.shapes as { y0: number }[])[0].y0, 0, "a reference line at neutral stance");
});
