import { strict as assert } from "node:assert";
import { test } from "node:test";
import { keyness } from "../../src/analysis/keyness";
import { rateScatter } from "../../src/charts/rateScatter";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { SEEDS } from "../helpers";

test("the rate scatter draws one marker per distinct pair of counts, and its hover texts account for every term", () => {
  const rows = keyness(tokens(loadCorpus(SEEDS)), { by: "year", a: "2016", b: "2022" });
  const figure = rateScatter(rows, { labelA: "2016", labelB: "2022" });
  const traces = figure.data.filter((t) => t.mode === "markers") as { name: string; x: number[]; y: number[]; hovertext: string[] }[];
  assert.equal(traces.length, 2);
  for (const [trace, side] of [[traces.find((t) => t.name === "more in 2022")!, "B"], [traces.find((t) => t.name === "more in 2016")!, "A"]] as const) {
    const sideRows = rows.filter((r) => r.side === side);
    const pairs = new Set(sideRows.map((r) => `${r.countA}/${r.countB}`));
    assert.equal(trace.x.length, pairs.size, `${side}: one marker per pair of counts`);
    assert.equal(new Set(trace.x.map((x, i) => `${x}/${trace.y[i]}`)).size, pairs.size, `${side}: no two markers at one place`);
    // Each hover text names its terms (the first 8, then "and N more"): together, every term once.
    let named = 0;
    for (const h of trace.hovertext) {
      const [terms] = h.split(/: (?=\d+ in )/);
      const more = /and (\d+) more$/.exec(terms);
      named += more ? 8 + Number(more[1]) : terms.split(", ").length;
    }
    assert.equal(named, sideRows.length, `${side}: every term in a hover text`);
  }
});
