import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { CLI, SEEDS, folderHash, tempDir } from "../helpers";

// Python reads the files back as R or Python users will: scipy.io.mmread for the matrix, the csv
// module for features.csv and docvars.csv. (CI installs python3-sklearn, which brings scipy.)
const READ_BACK = `
import csv, json, sys, scipy.io
d = sys.argv[1]
m = scipy.io.mmread(d + "/dfm.mtx").tocoo()
features = [r["feature"] for r in csv.DictReader(open(d + "/features.csv", encoding="utf-8"))]
docs = [r["doc"] for r in csv.DictReader(open(d + "/docvars.csv", encoding="utf-8"))]
cells = {}
for i, j, v in zip(m.row, m.col, m.data):
    cells.setdefault(docs[i], {})[features[j]] = int(v)
print(json.dumps({"shape": list(m.shape), "cells": cells}))
`;

/** Each document's non-stop terms counted from its tokens: the kit's counts, apart from the dfm code. */
function tokenCounts(dir: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const dt of tokens(loadCorpus(dir)).docs) {
    const row: Record<string, number> = {};
    for (const t of dt.tokens) if (!t.stop) row[t.term] = (row[t.term] ?? 0) + 1;
    out[dt.doc.id] = row;
  }
  return out;
}

for (const corpus of [SEEDS, "test/fixtures/chinese", "test/fixtures/formats"]) {
  test(`discourse dfm on ${corpus}: scipy reads back every cell the kit counted`, () => {
    const out = tempDir();
    const before = folderHash(corpus);
    const r = spawnSync(process.execPath, [CLI, "dfm", "--corpus", corpus, "--out", out], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(folderHash(corpus), before, "the corpus is left as it was");
    const py = spawnSync("/usr/bin/python3", ["-c", READ_BACK, out], { encoding: "utf8" });
    assert.equal(py.status, 0, `python3 with scipy is needed to read the matrix back: ${py.stderr}`);
    const back = JSON.parse(py.stdout) as { shape: number[]; cells: Record<string, Record<string, number>> };
    const expected = tokenCounts(corpus);
    assert.deepEqual(back.cells, expected);
    const features = new Set(Object.values(expected).flatMap((row) => Object.keys(row)));
    assert.deepEqual(back.shape, [Object.keys(expected).length, features.size]);
  });
}

test("discourse dfm refuses a run without --out, naming the flag", () => {
  const r = spawnSync(process.execPath, [CLI, "dfm", "--corpus", SEEDS], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--out: missing/);
  assert.equal(r.stdout, "");
});
