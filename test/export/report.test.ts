import { strict as assert } from "node:assert";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadCorpus } from "../../src/corpus/load";
import { writeReport } from "../../src/export/report";
import { KWIC_LINES_SHOWN, kwicTableHtml } from "../../src/export/sections/kwicHtml";
import { MINI, SEEDS, copyCorpus, tempDir } from "../helpers";

test("the report is one offline HTML file with plotly.js inlined, plus CSV tables", () => {
  const out = tempDir();
  const written = writeReport(loadCorpus(SEEDS), out, { by: "year" });
  const html = readFileSync(written.html, "utf8");
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(html.includes("Plotly.newPlot"), "draws figures");
  assert.match(html, /plotly\.js \(basic - minified\) v\d/, "plotly.js is inlined: the basic bundle draws every chart of the report");
  // Outside the inlined library (which names map-tile hosts it never loads for these charts),
  // the page references nothing on the network.
  const page = html.replace(/<script type="text\/javascript">[\s\S]*?<\/script>/, "");
  assert.ok(!/<script[^>]+src=/i.test(page), "no external scripts");
  assert.ok(!/(?:src|href)="https?:/i.test(page), "no external resources");
  assert.deepEqual(readdirSync(join(out, "tables")).sort(), [
    "actor-change.csv", "actor-mentions.csv", "actor-stance.csv", "bigram-frequency.csv", "collocation-evidence.csv", "collocations.csv",
    "documents.csv", "frame-coverage.csv", "frame-differences.csv", "frame-documents.csv",
    "frame-matches.csv", "frame-rates.csv", "keyness-evidence.csv", "keyness.csv", "kwic-top-terms.csv",
    "removed-lines.csv", "sequences.csv", "term-frequency.csv",
  ]);
  // Collocations of the frames' most frequent word, with the lines behind every shown collocate.
  assert.match(html, /<h2[^>]*>Collocations<\/h2>/);
  assert.match(html, /“cooperation” \(\d+ matches/);
  const evidence = readFileSync(join(out, "tables", "collocation-evidence.csv"), "utf8").trim().split("\n");
  const shown = readFileSync(join(out, "tables", "collocations.csv"), "utf8").trim().split("\n").slice(1).filter((l) => l.startsWith("cooperation,"));
  assert.ok(shown.length > 0 && evidence.length > shown.length, "every shown collocate has its lines");
  // Folding is said, and the folded country is one term.
  assert.match(html, /Spellings of one named entity count as one term/);
  // The framing section compares the first and last year, with evidence for each key term.
  assert.match(html, /Framing: 2016 vs 2022/);
  // The actors section shows stance per actor with the sentences behind it.
  assert.match(html, /Stance toward named actors/);
  assert.match(html, /<b>US<\/b> has not only adopted <u>unilateral<\/u> <u>sanctions<\/u>/);
  const stanceCsv = readFileSync(join(out, "tables", "actor-stance.csv"), "utf8");
  assert.match(stanceCsv, /^actor,label,kind,group,mentions,direct,mean,ciLow,ciHigh,sharePositive,shareNegative,fewMentions\n/);
  assert.match(html, /id="evidence-wuzhen"/);
  const keyCsv = readFileSync(join(out, "tables", "keyness.csv"), "utf8");
  assert.match(keyCsv, /^term,countA,countB,totalA,totalB,g2,logRatio,pctDiff,fisherP,logOddsZ,pAdjusted,side,lowCount\n/);
  const freq = readFileSync(join(out, "tables", "term-frequency.csv"), "utf8");
  assert.match(freq, /^group,term,count,per10k,docFreq,tfidf\n/);
  assert.match(freq, /\n2016,cyberspace,8,/);
  assert.ok(readdirSync(out).every((f) => !f.startsWith(".tmp-")), "no temporary files left");
});

test("text from documents is escaped: a <script> in an op-ed shows as text and runs nothing", () => {
  const dir = copyCorpus(MINI);
  writeFileSync(
    join(dir, "a.txt"),
    `Cyber cooperation <script>alert("x")</script> helps. The <img src=x onerror=alert(1)> United States agrees on cyber cooperation.\n`,
  );
  const m = JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8"));
  m.name = `<b onmouseover=alert(2)>mini</b>`;
  m.documents[0].title = `<script>alert(3)</script>`;
  writeFileSync(join(dir, "corpus.json"), JSON.stringify(m));
  const out = tempDir();
  writeReport(loadCorpus(dir), out, { by: "year", top: 50 });
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.ok(!html.includes("<script>alert"), "no raw script from the documents");
  assert.ok(!html.includes("<img src=x"), "no raw img from the documents");
  assert.ok(!html.includes("<b onmouseover"), "no raw markup from the manifest");
  assert.ok(html.includes("&lt;script&gt;alert(3)&lt;/script&gt;"), "the title shows as text");
  assert.ok(existsSync(join(out, "tables", "documents.csv")));
});

test("a term with more KWIC lines than the page shows says how many more and which table holds them all", () => {
  const rows = Array.from({ length: KWIC_LINES_SHOWN + 150 }, (_, i) => ({ doc: `d${i}`, sentence: 0, start: 0, end: 1, left: "<l>", keyword: "said", right: "r" }));
  const html = kwicTableHtml(rows, { table: "kwic-top-terms" });
  assert.equal(html.match(/<tr>/g)!.length, KWIC_LINES_SHOWN + 1);
  assert.ok(html.includes(`d${KWIC_LINES_SHOWN - 1}<`) && !html.includes(`d${KWIC_LINES_SHOWN}<`));
  assert.ok(html.includes("150 more lines: every line is in tables/kwic-top-terms.csv"), html.slice(-200));
  assert.ok(html.includes("&lt;l&gt;"));
  assert.equal(kwicTableHtml(rows.slice(0, 3), { table: "t" }).includes("more line"), false);
});
