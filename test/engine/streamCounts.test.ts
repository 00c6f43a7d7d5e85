import { strict as assert } from "node:assert";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { prestartCountWorkers } from "../../src/engine/countPool";
import { countTerms } from "../../src/analysis/counts";
import { frequencyRows } from "../../src/analysis/frequency";
import { packedFrequencyRows } from "../../src/engine/frequencyRows";
import { streamCounts } from "../../src/engine/streamCounts";
import { writeBrownCorpus } from "../../bench/brown";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { SEEDS, copyCorpus, tempDir } from "../helpers";

const MIXED = join(__dirname, "..", "fixtures", "mixed");

test("streamed counts equal in-memory counts, on one thread and on workers, duplicates taken out", async () => {
  const dir = copyCorpus(MIXED);
  writeFileSync(join(dir, "again.txt"), readFileSync(join(MIXED, "dialogue.txt"))); // a duplicate without the "period" field
  writeFileSync(join(dir, "empty.txt"), "");
  const corpus = loadCorpus(dir);
  const memory = frequencyRows(countTerms(tokens(corpus), { by: "period" }));
  for (const workers of [0, 2]) {
    const s = await streamCounts(dir, { by: "period", workers });
    assert.deepEqual(frequencyRows(s.counts), memory, `workers ${workers}`);
    assert.deepEqual(packedFrequencyRows(s.packed, s.documents), memory, `packed, workers ${workers}`);
    assert.deepEqual(s.warnings, corpus.warnings);
    assert.equal(s.counts.documents, corpus.documents.length);
  }
  for (const workers of [0, 2]) {
    const bigrams = await streamCounts(SEEDS, { ngram: 2, workers });
    assert.deepEqual(frequencyRows(bigrams.counts), frequencyRows(countTerms(tokens(loadCorpus(SEEDS)), { ngram: 2 })), `bigrams, workers ${workers}`);
  }
});

test("workers started ahead are taken by the next pool, and the spares it leaves are ended", async () => {
  const dir = copyCorpus(MIXED);
  const memory = frequencyRows(countTerms(tokens(loadCorpus(dir)), { by: "period" }));
  const spares = prestartCountWorkers(2);
  const heard = spares.map(() => 0);
  spares.forEach((w, k) => w.on("message", () => heard[k]++));
  const exited = spares.map((w) => new Promise((done) => w.once("exit", done)));
  const s = await streamCounts(dir, { by: "period", workers: 2 });
  assert.deepEqual(packedFrequencyRows(s.packed, s.documents), memory);
  // One spare counted (its chunks and tallies came back), the other was never given work.
  assert.deepEqual([...heard].sort((a, b) => a - b).map((n) => n > 0), [false, true]);
  await Promise.all(exited);
});

test("Brown × 10 counted by worker threads equals ten times Brown processed one by one", async () => {
  const one = tempDir("dk-brown1-");
  const ten = tempDir("dk-brown10-");
  writeBrownCorpus(one, 1, "txt", { distinct: false });
  writeBrownCorpus(ten, 10, "txt", { distinct: false });
  const single = countTerms(tokens(loadCorpus(one)), { by: "category" });
  const streamed = await streamCounts(ten, { by: "category", workers: 2, duplicates: "keep" });
  assert.equal(streamed.files, 5000);
  assert.equal(streamed.counts.documents, 10 * single.documents);
  assert.deepEqual(streamed.counts.groups.map((g) => g.group), single.groups.map((g) => g.group));
  assert.equal(single.groups.length, 15, "the Brown categories");
  streamed.counts.groups.forEach((g, i) => {
    const s = single.groups[i];
    assert.equal(g.total, 10 * s.total, g.group);
    assert.equal(g.documents, 10 * s.documents);
    assert.equal(g.counts.size, s.counts.size);
    for (const [term, count] of s.counts) assert.equal(g.counts.get(term), 10 * count, `${g.group} ${term}`);
    for (const [term, df] of s.docFreq) assert.equal(g.docFreq.get(term), 10 * df);
  });
  // Without "keep" the nine copies are duplicates: copies inside a worker's slice are skipped, and
  // the second slice's first copies (its originals are in the first slice) are taken out at the merge.
  const once = await streamCounts(ten, { by: "category", workers: 2 });
  assert.deepEqual(frequencyRows(once.counts), frequencyRows(single));
  assert.deepEqual(packedFrequencyRows(once.packed, once.documents), frequencyRows(single), "copies taken off the packed tallies");
  assert.equal(once.tokens, streamed.tokens / 10);
  assert.equal(once.warnings.length, 4500);
  assert.equal(once.warnings[0].message, "duplicate of 001/ca01.txt (same text); counted once");
  assert.equal(once.warnings[0].file, "002/ca01.txt");
});

test("with workers, a malformed file is reported as the first in corpus order, not the first met", async () => {
  // 400 files, two threads: the worker is given chunks of 16 (files 0-15, then 16-31), this thread
  // counts from file 32 on. f032 is this thread's first file, met at once; f031 is the worker's
  // 32nd, met after 31 long texts. Both are malformed; f031 comes first in the corpus: the error.
  const dir = tempDir("dk-fail-");
  const long = "The delegates met again to discuss norms for cyberspace and trade. ".repeat(3000);
  for (let i = 0; i < 400; i++) {
    const name = `f${String(i).padStart(3, "0")}.txt`;
    const front = i === 31 || i === 32 ? "---\nauthor:\n  nested: value\n---\n" : `---\ntitle: T${i}\nauthor: A\ndate: 2020-01-01\n---\n`;
    writeFileSync(join(dir, name), `${front}${i < 31 ? long : ""}Text number ${i} about cooperation.\n`);
  }
  const seen: number[] = [];
  await assert.rejects(
    streamCounts(dir, { workers: 2, progress: (files) => seen.push(files) }),
    (err: Error & { file?: string }) => err.name === "DiscourseError" && err.file === "f031.txt" && /nested value/.test(err.message),
  );
  // The same folder without the two bad files counts every file, and progress ends on the total.
  rmSync(join(dir, "f031.txt"));
  rmSync(join(dir, "f032.txt"));
  seen.length = 0;
  const ok = await streamCounts(dir, { workers: 2, progress: (files) => seen.push(files) });
  assert.equal(ok.counts.documents, 398);
  assert.equal(seen.at(-1), 398);
  assert.ok(seen.every((f, i) => i === 0 || f > seen[i - 1]), "progress only rises");
});

test("a malformed manifest entry is named as loadCorpus names it, though counters check entries as they read them", async () => {
  const dir = copyCorpus(MIXED);
  const manifest = JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8"));
  manifest.documents[1].date = "Jan 04, 2016";
  manifest.documents[1].year = 2016;
  writeFileSync(join(dir, "corpus.json"), JSON.stringify(manifest));
  const expected = /corpus\.json: documents\[1\]\.date: expected YYYY-MM-DD, got "Jan 04, 2016" \(write 2016-01-04\) \(and 1 more problem\)$/;
  assert.throws(() => loadCorpus(dir), expected);
  for (const workers of [0, 2]) await assert.rejects(streamCounts(dir, { by: "period", workers }), expected, `workers ${workers}`);
  // An entry without a file is refused before anything is read.
  manifest.documents[1] = { period: "late" };
  writeFileSync(join(dir, "corpus.json"), JSON.stringify(manifest));
  await assert.rejects(streamCounts(dir, { by: "period", workers: 2 }), /corpus\.json: documents\[1\]\.file: missing; add "file" \(string\)$/);
  assert.throws(() => loadCorpus(dir), /corpus\.json: documents\[1\]\.file: missing; add "file" \(string\)$/);
});
