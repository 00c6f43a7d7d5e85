import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import type { Figure } from "../../src/charts/figure";
import { bundleFor } from "../../src/charts/plotlyHtml";
import { loadCorpus } from "../../src/corpus/load";
import { FigureExporter } from "../../src/export/exportFigure";
import { reportSections } from "../../src/export/report";
import { SEEDS } from "../helpers";

const heatmap: Figure = { data: [{ type: "heatmap", z: [[1, 2], [3, 4]] }], layout: { width: 300, height: 200 } };

test("the basic and the full plotly.js are one release", () => {
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  assert.equal(version("plotly.js-basic-dist-min"), version("plotly.js-dist"));
});

test("every chart of the report needs only the basic bundle; another trace type needs the full one", () => {
  const sections = reportSections(loadCorpus(join(__dirname, "..", "fixtures", "five-years")), { by: "year" });
  const figures = sections.flatMap((s) => s.figures.map((f) => f.figure));
  assert.ok(figures.length >= 10);
  assert.equal(bundleFor(figures), "basic");
  assert.equal(bundleFor([...figures, heatmap]), "full");
  assert.equal(bundleFor([{ data: [{ x: [1], y: [2] }], layout: {} }]), "basic", "a trace without a type is a scatter");
});

test("the basic bundle draws the kit's charts as the full one does, and an exporter loads the full one when a figure needs it", async () => {
  const corpus = loadCorpus(SEEDS);
  const sections = reportSections(corpus, { by: "year" });
  const figures = sections.flatMap((s) => s.figures.map((f) => f.figure));
  // Plotly names clip paths, patterns and traces with random ids: the same drawing differs in those.
  const plain = (svg: string) => {
    const uid = /id="clip([0-9a-f]{6})/.exec(svg)?.[1];
    const named = (uid ? svg.split(uid).join("UID") : svg).replace(/trace[0-9a-f]{6}/g, "traceID").replace(/pUID-(legend-)?[0-9a-f]{6}/g, "pUID-$1ID");
    // Attributes in a fixed order: the order Plotly sets them in can follow what it drew before.
    return named.replace(/<([\w:-]+)((?:\s[\w:-]+="[^"]*")+)(\s*\/?)>/g, (_, tag: string, attrs: string, close: string) => `<${tag} ${attrs.trim().match(/[\w:-]+="[^"]*"/g)!.sort().join(" ")}${close}>`);
  };
  const drawn = async (withFull: boolean) => {
    const exporter = await FigureExporter.open();
    try {
      if (withFull) await exporter.svg(heatmap, 300, 200);
      const out: string[] = [];
      for (const f of figures) out.push(plain(await exporter.svg(f, f.layout.width as number, f.layout.height as number)));
      return out;
    } finally {
      await exporter.close();
    }
  };
  const basic = await drawn(false);
  const full = await drawn(true);
  assert.equal(basic.length, figures.length);
  basic.forEach((svg, i) => {
    let at = 0;
    while (at < svg.length && svg[at] === full[i][at]) at++;
    assert.equal(at, Math.max(svg.length, full[i].length), `figure ${i} (${figures[i].meta?.chart}) differs at ${at}: ${svg.slice(at - 60, at + 60)} | ${full[i].slice(at - 60, at + 60)}`);
  });
  // The heatmap itself is drawn (the basic bundle knows no heatmap).
  const exporter = await FigureExporter.open();
  try {
    assert.match(await exporter.svg(heatmap, 300, 200), /class="hm"|heatmaplayer|<image/);
  } finally {
    await exporter.close();
  }
});
