import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { keyness } from "../../src/analysis/keyness";
import { frameCounts, frameRates } from "../../src/analysis/frames";
import { termFrequency } from "../../src/analysis/frequency";
import type { Figure } from "../../src/charts/figure";
import { frameChart } from "../../src/charts/frameChart";
import { frequencyChart } from "../../src/charts/frequencyChart";
import { keynessChart } from "../../src/charts/keynessChart";
import { rateScatter } from "../../src/charts/rateScatter";
import { wordShiftChart } from "../../src/charts/wordShiftChart";
import { presets } from "../../src/charts/theme";
import { loadCorpus } from "../../src/corpus/load";
import { FigureExporter, exportFigure, exportFigures } from "../../src/export/exportFigure";
import { readPngDpi, readPngText } from "../../src/export/pngChunks";
import { defaultFrames } from "../../src/lexicons/defaultFrames";
import { tokens } from "../../src/text/tokens";
import { SEEDS, tempDir } from "../helpers";

// These tests drive the real Chromium (Debian's `chromium`; CHROME_PATH overrides).
const corpus = loadCorpus(SEEDS);
const toks = tokens(corpus);
const key = keyness(toks, { a: "2016", b: "2022" });
const rates = frameRates(frameCounts(corpus, defaultFrames), { iterations: 200 });
const figures: Figure[] = [
  keynessChart(key, { preset: "paper", labelA: "2016", labelB: "2022", top: 8 }),
  rateScatter(key, { preset: "paper" }),
  wordShiftChart(key, { preset: "paper" }),
  frameChart(rates, { preset: "paper" }),
  frequencyChart(termFrequency(toks, { top: 10 }), { preset: "paper-wide", top: 10 }),
];

test("exports 10 figures with one browser in under 10 s, each carrying provenance", async (t) => {
  const out = tempDir();
  const items = [...figures, ...figures].map((figure, i) => ({ figure, path: join(out, `f${i}.${i % 2 ? "png" : "svg"}`) }));
  // The cold start (Chromium plus 5 MB of plotly.js) depends on the disk cache, so it is timed on
  // its own; the 10 figures are timed on the open browser, as a batch export runs them.
  let started = Date.now();
  const exporter = await FigureExporter.open();
  const launch = (Date.now() - started) / 1000;
  started = Date.now();
  const written: string[] = [];
  try {
    for (const item of items) written.push(await exporter.export(item.figure, item.path, { corpus, dpi: 300 }));
  } finally {
    await exporter.close();
  }
  const batch = (Date.now() - started) / 1000;
  t.diagnostic(`launch ${launch.toFixed(1)} s, 10 figures ${batch.toFixed(1)} s`);
  assert.equal(written.length, 10);
  assert.ok(batch < 10, `10 figures took ${batch.toFixed(1)} s on an open browser`);
  assert.ok(launch < 10, `opening Chromium with plotly.js took ${launch.toFixed(1)} s`);
  assert.ok(readdirSync(out).every((f) => !f.startsWith(".tmp-")));
  assert.deepEqual(readdirSync(out).sort(), items.map((i) => i.path.slice(out.length + 1)).sort());
  for (const path of written) {
    const hash = path.endsWith(".svg") ? readFileSync(path, "utf8") : readPngText(readFileSync(path)).Comment;
    assert.ok(hash.includes(corpus.hash), `${path} names the corpus hash`);
  }
});

test("a figure that names a web image is exported offline: the request is refused and listed", async () => {
  const out = tempDir();
  const logo = "https://example.org/newspaper-logo.png";
  const figure: Figure = { ...figures[0], layout: { ...figures[0].layout, images: [{ source: logo, xref: "paper", yref: "paper", x: 0, y: 1, sizex: 0.2, sizey: 0.2 }] } };
  const exporter = await FigureExporter.open();
  try {
    await exporter.export(figures[0], join(out, "plain.svg"));
    await exporter.export(figures[0], join(out, "plain.pdf"));
    assert.deepEqual(exporter.blocked, [], "a figure of its own makes no request");
    await exporter.export(figure, join(out, "logo.pdf"));
    assert.ok(exporter.blocked.includes(logo), `refused: ${exporter.blocked.join(", ")}`);
  } finally {
    await exporter.close();
  }
  assert.deepEqual(readdirSync(out).sort(), ["logo.pdf", "plain.pdf", "plain.svg"]);
});

test("exportFigures writes a batch with one browser and reports each file", async () => {
  const out = tempDir();
  const heard: string[] = [];
  const written = await exportFigures(
    figures.slice(0, 2).map((figure, i) => ({ figure, path: join(out, `g${i}.svg`) })),
    { corpus },
    (path, index, total) => heard.push(`${index}/${total} ${path.slice(out.length + 1)}`),
  );
  assert.equal(written.length, 2);
  assert.deepEqual(heard, ["1/2 g0.svg", "2/2 g1.svg"]);
});

test("SVG is valid XML with real text and provenance metadata", async () => {
  const path = join(tempDir(), "keyness.svg");
  await exportFigure(figures[0], path, { corpus });
  const svg = readFileSync(path, "utf8");
  const check = spawnSync("python3", ["-c", "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(len(d.getElementsByTagName('text')))", path], { encoding: "utf8" });
  assert.equal(check.status, 0, `not well-formed XML: ${check.stderr}`);
  assert.ok(Number(check.stdout) > 10, "text elements");
  assert.match(svg, /<text[^>]*>wuzhen<\/text>/);
  const meta = JSON.parse(/<metadata id="discourse-kit-provenance">([^<]*)<\/metadata>/.exec(svg)![1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  assert.equal(meta.corpus.hash, corpus.hash);
  assert.equal(meta.analysis, "keynessChart");
  assert.match(meta.kit, /^discourse-kit \d+\.\d+\.\d+$/);
});

test("PNG at paper size is 300 dpi, states it, and carries provenance text", async () => {
  const path = join(tempDir(), "keyness.png");
  await exportFigure(figures[0], path, { corpus, dpi: 300 });
  const png = readFileSync(path);
  const width = png.readUInt32BE(16);
  assert.equal(width, Math.round((presets.paper.width * 300) / 96), "3.5 in × 300 dpi = 1050 px");
  assert.ok(Math.abs(readPngDpi(png)! - 300) < 0.5);
  const text = readPngText(png);
  assert.match(text.Software, /^discourse-kit /);
  assert.equal(JSON.parse(text.Comment).corpus.hash, corpus.hash);
});

test("PDF is vector: embedded fonts, no raster images, provenance in the document info", async () => {
  const path = join(tempDir(), "frames.pdf");
  await exportFigure(figures[3], path, { corpus });
  const pdf = readFileSync(path);
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  const raw = pdf.toString("latin1");
  assert.match(raw, /\/Type\s*\/Font/);
  assert.doesNotMatch(raw, /\/Subtype\s*\/Image/);
  const { PDFDocument } = await import("pdf-lib");
  const doc = await PDFDocument.load(pdf);
  assert.equal(JSON.parse(doc.getSubject()!).corpus.hash, corpus.hash);
  assert.match(doc.getCreator()!, /^discourse-kit /);
  const page = doc.getPage(0);
  assert.ok(Math.abs(page.getWidth() - presets.paper.width * 0.75) < 1, "page is the figure's size in points");
});

test("without Chromium, export stops with one line saying how to install it", async () => {
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = "/nonexistent/chromium";
  try {
    await assert.rejects(exportFigure(figures[0], join(tempDir(), "x.svg")), /CHROME_PATH points to \/nonexistent\/chromium, which does not exist/);
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
  await assert.rejects(exportFigure(figures[0], join(tempDir(), "x.gif")), /unknown figure format "\.gif"; use \.svg, \.png or \.pdf/);
});

test("patterned bars print as vector strokes that look as the patterns do", async () => {
  const { vectorizePatterns } = await import("../../src/export/vectorPatterns");
  const { launchBrowser } = await import("../../src/export/browser");
  const patterned = [figures[0], figures[4]];
  for (const [i, figure] of patterned.entries()) {
    const path = join(tempDir(), `patterned-${i}.pdf`);
    await exportFigure(figure, path);
    assert.doesNotMatch(readFileSync(path).toString("latin1"), /\/Subtype\s*\/Image/, "no bar is printed as a bitmap");
  }
  const exporter = await FigureExporter.open();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    for (const figure of patterned) {
      const [width, height] = [figure.layout.width as number, figure.layout.height as number];
      const svg = await exporter.svg(figure, width, height);
      assert.match(svg, /<pattern\b/);
      // The page as drawn from its markup before and after: pixels that differ beyond antialiasing.
      const draw = `async (w, h) => {
        const img = new Image();
        img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(document.querySelector("svg")));
        await img.decode();
        const c = document.createElement("canvas"); c.width = w; c.height = h;
        const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0, w, h);
        return Array.from(ctx.getImageData(0, 0, w, h).data);
      }`;
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
      const before: number[] = await page.evaluate(`(${draw})(${width}, ${height})`);
      const redrawn = await page.evaluate(vectorizePatterns);
      const after: number[] = await page.evaluate(`(${draw})(${width}, ${height})`);
      assert.ok(redrawn > 0);
      const stillPatterned = await page.evaluate(`Array.from(document.querySelectorAll("svg *")).filter((el) => {
        const id = /url\\(\\s*['"]?#([^'")]+)/.exec(el.style.fill || el.getAttribute("fill") || "")?.[1];
        return id && document.getElementById(id)?.tagName === "pattern";
      }).length`);
      assert.equal(stillPatterned, 0, "no shape is filled with a pattern any more");
      let differing = 0;
      for (let p = 0; p < before.length; p += 4) {
        if (Math.max(...[0, 1, 2].map((c) => Math.abs(before[p + c] - after[p + c]))) > 64) differing++;
      }
      assert.ok(differing / (width * height) < 0.001, `${differing} of ${width * height} pixels differ`);
    }
  } finally {
    await exporter.close();
    await browser.close();
  }
});
