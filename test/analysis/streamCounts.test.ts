import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { frequencyRows } from "../../src/analysis/frequency";
import { streamCounts } from "../../src/analysis/streamCounts";
import { writeBrownCorpus } from "../../src/bench/brown";
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
    assert.deepEqual(s.warnings, corpus.warnings);
    assert.equal(s.counts.documents, corpus.documents.length);
  }
  const bigrams = await streamCounts(SEEDS, { ngram: 2 });
  assert.deepEqual(frequencyRows(bigrams.counts), frequencyRows(countTerms(tokens(loadCorpus(SEEDS)), { ngram: 2 })));
});

test("Brown × 10 counted by worker threads equals ten times Brown processed one by one", async () => {
  const one = tempDir("dk-brown1-");
  const ten = tempDir("dk-brown10-");
  writeBrownCorpus(one, 1);
  writeBrownCorpus(ten, 10);
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
  assert.equal(once.tokens, streamed.tokens / 10);
  assert.equal(once.warnings.length, 4500);
  assert.equal(once.warnings[0].message, "duplicate of 001/ca01.txt (same text); counted once");
  assert.equal(once.warnings[0].file, "002/ca01.txt");
});
