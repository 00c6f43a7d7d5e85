import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { frameCounts, frameCoverage, frameDifference, frameMatcher, frameRates, frameRatesByDocument } from "../../src/analysis/frames";
import { loadCorpus } from "../../src/corpus/load";
import { POISSON_FROM } from "../../src/analysis/stats/bootstrap";
import { seededRandom } from "../../src/analysis/stats/random";
import type { Document } from "../../src/corpus/corpus";
import { DiscourseError } from "../../src/errors";
import { defaultFrames } from "../../src/lexicons/defaultFrames";
import { FrameDictionarySchema } from "../../src/lexicons/frameSchema";
import { readLexicon } from "../../src/lexicons/readLexicon";
import { resolveTokenOptions, tokenizeDocument, tokens, wordColumnsTokenizer } from "../../src/text/tokens";
import { MINI, SEEDS, tempDir } from "../helpers";

const close = (actual: number, expected: number, tol = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

const dict = FrameDictionarySchema.parse({
  name: "test",
  frames: [
    { id: "coop", label: "Cooperation", rationale: "r", entries: ["cooperat*"] },
    { id: "trust", label: "Trust", rationale: "r", entries: ["trust", "mutual respect"] },
    { id: "compete", label: "Competition", rationale: "r", entries: ["compet*"] },
  ],
});
// Mini corpus as word tokens (no stop words removed, no phrases joined):
//   a (2016): [Cyber cooperation helps.] 3 + [The United States and China agree on cyber cooperation.] 9 = 12
//   b (2022): [Competition grows.] 2 + [China's technology competes with the US.] 6 = 8
//   c (2022): [Trust matters.] 2 + [Cooperation needs trust.] 3 = 5
const mini = loadCorpus(MINI);
const fc = frameCounts(mini, dict, { by: "year" });

test("matches per 1,000 word tokens per group and per document, counted by hand", () => {
  const rates = frameRates(fc, { iterations: 200 });
  const rate = (frame: string, group: string) => rates.find((r) => r.frame === frame && r.group === group)!;
  assert.deepEqual([rate("coop", "2016").matches, rate("coop", "2016").tokens], [2, 12]);
  close(rate("coop", "2016").per1k, (2 / 12) * 1000);
  close(rate("coop", "2022").per1k, (1 / 13) * 1000);
  close(rate("trust", "2022").per1k, (2 / 13) * 1000);
  close(rate("compete", "2022").per1k, (2 / 13) * 1000);
  assert.equal(rate("trust", "2016").matches, 0);
  const byDoc = frameRatesByDocument(fc);
  assert.deepEqual(byDoc.filter((r) => r.frame === "trust").map((r) => [r.doc, r.matches, r.tokens]), [["a", 0, 12], ["b", 0, 8], ["c", 2, 5]]);
});

test("every match is evidence with its text and offsets", () => {
  const texts = fc.matches.filter((m) => m.frame === "compete").map((m) => m.text);
  assert.deepEqual(texts, ["Competition", "competes"]);
  for (const m of fc.matches) {
    const doc = mini.documents.find((d) => d.id === m.doc) as Document;
    assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
});

test("bootstrap interval, worked by hand: 2016's two sentences give rates 111.1, 166.7 or 333.3", () => {
  // s1: 1 match / 3 tokens, s2: 1 / 9. Resamples of two sentences: {s2,s2} 2/18 (p = 1/4),
  // {s1,s2} 2/12 (p = 1/2), {s1,s1} 2/6 (p = 1/4): the 2.5% and 97.5% quantiles are 111.1 and 333.3.
  const r = frameRates(fc, { iterations: 2000, seed: 7 }).find((x) => x.frame === "coop" && x.group === "2016")!;
  close(r.ciLow, (2 / 18) * 1000, 1e-9);
  close(r.ciHigh, (2 / 6) * 1000, 1e-9);
});

test("the same seed gives the same numbers; the interval holds the estimate", () => {
  const x = frameDifference(fc, "2016", "2022", { seed: 3, iterations: 500 });
  const y = frameDifference(fc, "2016", "2022", { seed: 3, iterations: 500 });
  assert.deepEqual(x, y);
  for (const r of frameRates(fc, { iterations: 500 })) assert.ok(r.ciLow <= r.per1k + 1e-9 && r.per1k <= r.ciHigh + 1e-9, r.frame);
});

test("permutation p-value agrees with the exact enumeration of all 15 splits", () => {
  // Pooled sentences (matches/tokens for coop): 1/3, 1/9 | 0/2, 0/6, 0/2, 1/3; A takes 2 of 6.
  const s = [[1, 3], [1, 9], [0, 2], [0, 6], [0, 2], [1, 3]];
  const rate = (idx: number[]) => (idx.reduce((t, i) => t + s[i][0], 0) / idx.reduce((t, i) => t + s[i][1], 0)) * 1000;
  const observed = rate([0, 1]) - rate([2, 3, 4, 5]);
  let extreme = 0;
  let total = 0;
  for (let i = 0; i < 6; i++) {
    for (let j = i + 1; j < 6; j++) {
      const rest = [0, 1, 2, 3, 4, 5].filter((k) => k !== i && k !== j);
      if (Math.abs(rate([i, j]) - rate(rest)) >= Math.abs(observed) - 1e-9) extreme++;
      total++;
    }
  }
  const exact = extreme / total;
  const row = frameDifference(fc, "2016", "2022", { iterations: 4000, seed: 11 }).find((r) => r.frame === "coop")!;
  close(row.diff, observed);
  assert.ok(Math.abs(row.pPermutation - exact) < 0.03, `permutation p ${row.pPermutation} vs exact ${exact}`);
});

test("coverage lists frequent terms no frame matches", () => {
  const cov = frameCoverage(fc, tokens(mini), { top: 50 }).map((r) => r.term);
  assert.ok(cov.includes("cyber"));
  assert.ok(!cov.includes("cooperation") && !cov.includes("trust"));
});

test("seeds: competition and ideology frames rise from 2016 to 2022 with intervals excluding 0", () => {
  const seeds = frameCounts(loadCorpus(SEEDS), defaultFrames, { by: "year" });
  const diff = frameDifference(seeds, "2016", "2022");
  const competition = diff.find((r) => r.frame === "competition")!;
  assert.ok(competition.ciHigh < 0 && competition.pPermutation < 0.01, JSON.stringify(competition));
  assert.ok(diff.find((r) => r.frame === "ideology")!.ciHigh < 0);
  assert.equal(defaultFrames.frames.length, 7);
  for (const f of defaultFrames.frames) assert.ok(f.rationale.length > 20, f.id);
});

test("a dictionary file (JSON or YAML) with a mistake is named with its field", () => {
  const dir = tempDir();
  const yaml = join(dir, "frames.yaml");
  writeFileSync(yaml, "name: mine\nframes:\n  - id: coop\n    label: Cooperation\n    rationale: why\n    entries: []\n");
  assert.throws(() => readLexicon(yaml, FrameDictionarySchema), (err: DiscourseError) =>
    err.toLine() === `${yaml}: frames[0].entries: list at least one entry`);
  const json = join(dir, "frames.json");
  writeFileSync(json, JSON.stringify({ name: "x", frames: [dict.frames[0], dict.frames[0]] }));
  assert.throws(() => readLexicon(json, FrameDictionarySchema), /frames\[1\]\.id: duplicate frame id "coop"/);
  writeFileSync(yaml, "name: ok\nframes:\n  - id: coop\n    label: C\n    rationale: r\n    entries: [cooperat*, win-win]\n");
  assert.deepEqual(readLexicon(yaml, FrameDictionarySchema).frames[0].entries, ["cooperat*", "win-win"]);
});

test("a comparison past POISSON_FROM sentences: rates from the counts, intervals around the difference, a small p only where the rates differ", () => {
  const random = seededRandom(2);
  // Frame 0 twice as frequent in A (2% of tokens against 1%); frame 1 the same in both.
  const sentence = (group: string, rate0: number) => {
    const tokens = 5 + Math.floor(random() * 30);
    let c0 = 0;
    let c1 = 0;
    for (let t = 0; t < tokens; t++) (c0 += random() < rate0 ? 1 : 0), (c1 += random() < 0.01 ? 1 : 0);
    return { doc: 0, group, tokens, counts: [c0, c1, ...defaultFrames.frames.slice(2).map(() => 0)] };
  };
  const sentences = [...Array.from({ length: POISSON_FROM }, () => sentence("A", 0.02)), ...Array.from({ length: POISSON_FROM / 2 }, () => sentence("B", 0.01))];
  const fc = { dictionary: defaultFrames, by: "year", corpus: { name: "", dir: "", documents: [], hash: "", warnings: [] }, sentences, matches: [] };
  const rows = frameDifference(fc, "A", "B", { seed: 4, iterations: 1000 });
  const rate = (group: string, fi: number) => {
    const ss = sentences.filter((s) => s.group === group);
    return (ss.reduce((t, s) => t + s.counts[fi], 0) / ss.reduce((t, s) => t + s.tokens, 0)) * 1000;
  };
  for (const fi of [0, 1]) {
    const r = rows[fi];
    assert.ok(Math.abs(r.diff - (rate("A", fi) - rate("B", fi))) < 1e-9);
    assert.ok(r.ciLow < r.diff && r.diff < r.ciHigh, `${r.ciLow} ${r.diff} ${r.ciHigh}`);
  }
  assert.ok(rows[0].pPermutation < 0.01 && rows[0].ciLow > 0, `frame 0: p ${rows[0].pPermutation}`);
  assert.ok(rows[1].pPermutation > 0.05 && rows[1].ciLow < 0 && rows[1].ciHigh > 0, `frame 1: p ${rows[1].pPermutation}`);
  assert.deepEqual(frameDifference(fc, "A", "B", { seed: 4, iterations: 1000 }), rows, "seeded: the same rows again");
});

test("one matcher reads word columns from different tokenizers (their term ids differ) as it reads tokens", () => {
  const opts = resolveTokenOptions({ stopwords: "none", phrases: "none", fold: "none" });
  const docs = loadCorpus(SEEDS).documents;
  const match = frameMatcher(defaultFrames);
  // The second tokenizer first sees another text, so the same term gets another id there.
  const second = wordColumnsTokenizer(opts);
  second({ ...docs[1], text: "Zebras and rivalry, cooperation in cyberspace." });
  for (const [doc, tokenize] of [[docs[0], wordColumnsTokenizer(opts)], [docs[1], second], [docs[0], second]] as const) {
    const expected = match(tokenizeDocument(doc, 0, opts).tokens);
    assert.ok(expected.length > 10);
    assert.deepEqual(match(tokenize(doc)), expected);
  }
});
