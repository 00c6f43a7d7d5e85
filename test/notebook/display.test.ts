import { strict as assert } from "node:assert";
import { test } from "node:test";
import { frequencyChart } from "../../src/charts/frequencyChart";
import { figureBundle } from "../../src/notebook/display";

const fig = frequencyChart([{ group: "2016", term: "<img src=x onerror=alert(1)>", count: 2, per10k: 20, docFreq: 1, tfidf: 0 }]);

test("a figure's output carries Plotly JSON, HTML, a static SVG and plain text in one bundle", () => {
  const b = figureBundle(fig, { withPlotly: false, svg: "<svg><text>static</text></svg>" });
  assert.deepEqual(Object.keys(b), ["application/vnd.plotly.v1+json", "text/html", "image/svg+xml", "text/plain"]);
  const html = String(b["text/html"]);
  assert.match(html, /<div id="dk-fig-[0-9a-f]+" class="dk-figure"[^>]*><svg><text>static<\/text><\/svg><\/div>/, "static fallback inside the div");
  assert.ok(!html.includes("<img src=x"), "labels are escaped inside the script data");
  assert.ok(!html.includes("Plotly, Inc."), "plotly.js only when asked");
});

test("plotly.js is inlined when asked, from the installed package: the bundle the figure needs", () => {
  const full = String(figureBundle(fig, { withPlotly: "full" })["text/html"]);
  assert.ok(full.length > 3_000_000);
  assert.ok(!/<script[^>]+src=/.test(full));
  const basic = String(figureBundle(fig, { withPlotly: "basic" })["text/html"]);
  assert.match(basic, /plotly\.js \(basic - minified\) v\d/);
  assert.ok(basic.length > 1_000_000 && basic.length < full.length / 2);
});
