import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadCorpus } from "../../src/corpus/load";
import { blockNetwork, launchBrowser } from "../../src/export/browser";
import { writeReport } from "../../src/export/report";
import { CLI, MINI, SEEDS, copyCorpus, tempDir } from "../helpers";

test("discourse report --formats svg,png,pdf writes ≥ 5 charts in all three formats", () => {
  const out = tempDir();
  const r = spawnSync(process.execPath, [CLI, "report", "--corpus", SEEDS, "--by", "year", "--a", "2016", "--b", "2022", "--out", out, "--formats", "svg,png,pdf"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const files = readdirSync(join(out, "figures"));
  const names = new Set(files.map((f) => f.replace(/\.\w+$/, "")));
  assert.ok(names.size >= 5, [...names].join(", "));
  for (const n of names) for (const ext of ["svg", "png", "pdf"]) assert.ok(files.includes(`${n}.${ext}`), `${n}.${ext}`);
  assert.match(r.stderr, /report: figure 1\/\d+/, "progress per step");
  assert.ok([...readdirSync(out), ...files].every((f) => !f.startsWith(".tmp-")));
});

test("the HTML report renders every chart in Chromium with the network off", async () => {
  const out = tempDir();
  writeReport(loadCorpus(SEEDS), out, { by: "year" });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ offline: true })).newPage();
    const blocked = await blockNetwork(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("file://" + join(out, "report.html"));
    await page.waitForFunction(() => document.querySelectorAll(".dk-figure.js-plotly-plot").length === document.querySelectorAll(".dk-figure").length);
    const counts = await page.evaluate(() => ({
      figures: document.querySelectorAll(".dk-figure").length,
      drawn: [...document.querySelectorAll(".dk-figure")].filter((d) => d.querySelector(".main-svg g.trace")).length,
    }));
    assert.ok(counts.figures >= 5);
    assert.equal(counts.drawn, counts.figures);
    assert.deepEqual(errors, []);
    assert.deepEqual(blocked, [], "the page asked for nothing on the network");
  } finally {
    await browser.close();
  }
});

test("op-ed text with <script> or <img onerror> shows as text and runs nothing", async () => {
  const dir = copyCorpus(MINI);
  const evil = `Cyber cooperation <script>window.__xss = 1</script> helps. The <img src=x onerror="window.__xss = 2"> United States agrees on cyber cooperation.\n`;
  writeFileSync(join(dir, "a.txt"), evil);
  const out = tempDir();
  writeReport(loadCorpus(dir), out, { by: "year", top: 50 });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ offline: true })).newPage();
    await blockNetwork(page);
    await page.goto("file://" + join(out, "report.html"));
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    assert.ok(text.includes("<script>window.__xss = 1</script>"), "the markup is shown as text in the KWIC lines");
    assert.equal(await page.evaluate(() => document.querySelectorAll("img[src=x]").length), 0);
  } finally {
    await browser.close();
  }
  assert.ok(!readFileSync(join(out, "report.html"), "utf8").includes("<img src=x"));
});
