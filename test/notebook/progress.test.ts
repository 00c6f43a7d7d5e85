import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import { actorMentions } from "../../src/analysis/actors/actorMentions";
import { frameCounts, frameDifference, frameRates } from "../../src/analysis/frames";
import { termTrend } from "../../src/analysis/termTrend";
import { loadCorpus } from "../../src/corpus/load";
import { defaultFrames } from "../../src/lexicons/defaultFrames";
import type { MimeBundle } from "../../src/notebook/display";
import { notebookProgress, progressBundle } from "../../src/notebook/progress";
import { tokens } from "../../src/text/tokens";

/** A bar on a hand-moved clock, recording what it would show. */
function recorded(after = 1000, every = 250) {
  let t = 0;
  const shown: { text: string; update: boolean }[] = [];
  const bar = notebookProgress("Reading", { unit: "files", after, every, now: () => t, show: (b: MimeBundle, update) => shown.push({ text: String(b["text/plain"]), update }) });
  return { bar, shown, at: (ms: number) => (t = ms) };
}

test("a quick step shows nothing; a long one appears after a second, redraws at most every 250 ms and ends on its total", () => {
  const quick = recorded();
  quick.at(10);
  quick.bar(1, 2);
  quick.at(900);
  quick.bar(2, 2);
  assert.deepEqual(quick.shown, []);

  const slow = recorded();
  slow.at(500);
  slow.bar(10, 100);
  slow.at(1000);
  slow.bar(25, 100); // first draw: a new output
  slow.at(1100);
  slow.bar(30, 100); // too soon
  slow.at(1300);
  slow.bar(40, 100);
  slow.at(1400);
  slow.bar(100, 100); // the end is always drawn
  assert.deepEqual(slow.shown.map((s) => s.update), [false, true, true]);
  // 25 of 100 after 1.0 s: 1.0 / 25 × 75 = 3 s left.
  assert.equal(slow.shown[0].text, "Reading: 25 of 100 files (25%), 1.0 s, about 3 s left");
  assert.equal(slow.shown[2].text, "Reading: 100 files in 1.4 s");
});

test("the bar's HTML is a <progress> element with the line escaped", () => {
  const b = progressBundle("<b>Frames</b>", 1234, 5000, 12.34, "documents");
  assert.equal(b["text/plain"], "<b>Frames</b>: 1,234 of 5,000 documents (24%), 12.3 s, about 38 s left");
  assert.match(String(b["text/html"]), /<progress value="1234" max="5000"/);
  assert.ok(!String(b["text/html"]).includes("<b>"));
});

test("long steps report progress up to their total, in order", () => {
  const calls = new Map<string, [number, number][]>();
  const log = (name: string) => (done: number, total: number) => calls.set(name, [...(calls.get(name) ?? []), [done, total]]);
  const corpus = loadCorpus(join(__dirname, "..", "fixtures", "five-years"), { progress: log("load") });
  tokens(corpus, {}, log("tokens"));
  const fc = frameCounts(corpus, defaultFrames, { progress: log("frameCounts") });
  frameRates(fc, { iterations: 20, progress: log("frameRates") });
  frameDifference(fc, "2016", "2020", { iterations: 20, progress: log("frameDifference") });
  termTrend(tokens(corpus), { iterations: 20, progress: log("termTrend") });
  actorMentions(corpus, { progress: log("actorMentions") });
  const docs = corpus.documents.length;
  const years = new Set(corpus.documents.map((d) => d.meta.year)).size;
  const totals = { load: docs, tokens: docs, frameCounts: docs, frameRates: 20 * years, frameDifference: 2 * 20 * defaultFrames.frames.length, termTrend: 20 * years, actorMentions: docs };
  for (const [name, total] of Object.entries(totals)) {
    const seen = calls.get(name) ?? [];
    assert.deepEqual(seen.at(-1), [total, total], name);
    assert.ok(seen.every(([d, t], i) => t === total && (i === 0 || d > seen[i - 1][0])), `${name}: rising, one total`);
  }
});
