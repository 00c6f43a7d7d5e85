import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { ZodType, ZodTypeDef } from "zod";
import { loadCorpus } from "../../src/corpus/load";
import { groupDocuments, groupOf } from "../../src/corpus/corpus";
import { DocumentEntrySchema, FileMetaSchema, ManifestOutlineSchema, plainEntry, plainFileMeta, plainOutline } from "../../src/corpus/schema";
import { DiscourseError } from "../../src/errors";
import { MINI, SEEDS, copyCorpus, folderHash, tempDir } from "../helpers";

function withManifest(edit: (m: any) => void): string {
  const dir = copyCorpus(MINI);
  const path = join(dir, "corpus.json");
  const m = JSON.parse(readFileSync(path, "utf8"));
  edit(m);
  writeFileSync(path, JSON.stringify(m));
  return dir;
}

function errorLine(dir: string): string {
  try {
    loadCorpus(dir);
  } catch (err) {
    assert.ok(err instanceof DiscourseError, `expected a DiscourseError, got ${err}`);
    return err.toLine().replace(dir, "DIR");
  }
  assert.fail("loadCorpus accepted a bad corpus");
}

test("loads the seeds with metadata and a derived year", () => {
  const c = loadCorpus(SEEDS);
  assert.equal(c.documents.length, 2);
  assert.deepEqual(c.documents.map((d) => [d.id, d.year, d.author]), [
    ["tang-2016-wuzhen", 2016, "Tang Lan"],
    ["cai-2022-trust", 2022, "Cai Cuihong"],
  ]);
  assert.equal(c.documents[1].meta.outlet, "China Daily");
  assert.match(c.hash, /^[0-9a-f]{64}$/);
});

test("groups documents by any metadata field, years in numeric order", () => {
  const c = loadCorpus(MINI);
  assert.deepEqual(groupDocuments(c, "year").map((g) => [g.group, g.documents.map((d) => d.id)]), [
    ["2016", ["a"]],
    ["2022", ["b", "c"]],
  ]);
  assert.deepEqual(groupDocuments(c, "outlet").map((g) => [g.group, g.documents.length]), [["X", 2], ["Y", 1]]);
  assert.throws(() => groupDocuments(c, "outlt"), /no document has a field "outlt"; group by one of: .*outlet/);
});

test("a date that is not YYYY-MM-DD fails with one line naming corpus.json and the field", () => {
  const dir = withManifest((m) => (m.documents[0].date = "Jan 04 , 2016"));
  assert.equal(errorLine(dir), `${join(dir, "corpus.json").replace(dir, "DIR")}: documents[0].date: expected YYYY-MM-DD, got "Jan 04 , 2016" (write 2016-01-04)`);
});

test("an impossible calendar date is rejected", () => {
  const dir = withManifest((m) => (m.documents[2].date = "2022-02-30"));
  assert.match(errorLine(dir), /corpus\.json: documents\[2\]\.date: expected YYYY-MM-DD, got "2022-02-30"$/);
});

test("a field of the wrong type names it; a field missing everywhere is a warning naming the file", () => {
  assert.match(errorLine(withManifest((m) => (m.documents[1].title = 7))), /corpus\.json: documents\[1\]\.title: expected string, got number$/);
  const c = loadCorpus(withManifest((m) => delete m.documents[1].author));
  assert.deepEqual(
    c.warnings.map((w) => [w.file, w.kind, w.message]),
    [["b.txt", "missing", "no author found; add it to a front matter block or corpus.json (or discourse add --author)"]],
  );
  assert.equal(c.documents[1].author, null);
});

test("a field value that is not a string, number, boolean or null is named, with what is allowed", () => {
  const line = /corpus\.json: documents\[1\]\.outlet: expected a string, number, boolean or null$/;
  assert.match(errorLine(withManifest((m) => (m.documents[1].outlet = { name: "X" }))), line);
  assert.match(errorLine(withManifest((m) => (m.documents[1].outlet = ["X"]))), line);
  // Any other scalar is a field value.
  for (const v of ["X", 7, false, null]) assert.doesNotThrow(() => loadCorpus(withManifest((m) => (m.documents[1].outlet = v))));
});

test("a document's content hash is the sha256 of its words separated by single spaces, copied with the document", () => {
  const doc = loadCorpus(SEEDS).documents[0];
  const words = doc.text.split(/\s+/).filter(Boolean).join(" ");
  const hash = createHash("sha256").update(words).digest("hex");
  assert.equal(doc.contentHash, hash);
  assert.equal({ ...doc }.contentHash, hash);
  assert.equal(JSON.parse(JSON.stringify(doc)).contentHash, hash);
});

test("a second copy of a text is left out with a warning, or kept with duplicates: keep", () => {
  const dir = tempDir("dk-copies-");
  const text = "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nThe same words about cyber norms.\n";
  writeFileSync(join(dir, "a.txt"), text);
  // Spaced and wrapped differently: the same words, so the same text.
  writeFileSync(join(dir, "b.txt"), text.replace("about cyber", "about\n  cyber"));
  const once = loadCorpus(dir);
  assert.deepEqual(once.documents.map((d) => d.file), ["a.txt"]);
  assert.deepEqual(once.warnings.map((w) => `${w.file}: ${w.message}`), ["b.txt: duplicate of a.txt (same text); counted once"]);
  const kept = loadCorpus(dir, { duplicates: "keep" });
  assert.deepEqual(kept.documents.map((d) => d.file), ["a.txt", "b.txt"]);
  assert.deepEqual(kept.warnings, []);
});

test("year may not be set by hand", () => {
  const dir = withManifest((m) => (m.documents[0].year = 2015));
  assert.match(errorLine(dir), /documents\[0\]\.year: is derived from date; remove it and give the date$/);
});

test("a missing text file and a duplicate id are named", () => {
  assert.match(errorLine(withManifest((m) => (m.documents[1].file = "nope.txt"))), /documents\[1\]\.file: file "nope\.txt" not found/);
  assert.match(errorLine(withManifest((m) => (m.documents[2].id = "a"))), /documents\[2\]\.id: duplicate id "a"/);
});

test("invalid JSON and a missing manifest are one-line errors", () => {
  const dir = copyCorpus(MINI);
  writeFileSync(join(dir, "corpus.json"), "{ name: ");
  assert.match(errorLine(dir), /corpus\.json: not valid JSON/);
  assert.match(errorLine(join(dir, "nowhere")), /no such corpus folder/);
});

test("loading never modifies the corpus files", () => {
  const before = folderHash(SEEDS);
  loadCorpus(SEEDS);
  assert.equal(folderHash(SEEDS), before);
});

/**
 * Runs a check made without zod and its schema on each input: whatever the check accepts, zod
 * accepts and makes the same of, keys in the same order. Returns how many each accepted.
 */
function compareWithZod<T>(schema: ZodType<T, ZodTypeDef, unknown>, check: (v: unknown) => T | undefined, inputs: unknown[]): { quick: number; valid: number } {
  let quick = 0;
  let valid = 0;
  for (const input of inputs) {
    const viaZod = schema.safeParse(input);
    const fast = check(input);
    if (viaZod.success) valid++;
    if (fast === undefined) continue;
    quick++;
    assert.ok(viaZod.success, `passed without zod but zod rejects ${JSON.stringify(input)}`);
    assert.deepEqual(fast, viaZod.data, JSON.stringify(input));
    // As text: the same fields in the same order, at every level.
    assert.equal(JSON.stringify(fast), JSON.stringify(viaZod.data));
  }
  return { quick, valid };
}

/** A seeded generator of numbers in [0, 1) and a picker over it. */
function seeded(seed: number) {
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

test("an entry checked without zod is exactly what the schema makes of it, key order too, and the schema sees every other", () => {
  const values: unknown[] = ["", "x", "2016-05-01", "2016-02-30", "May 1, 2016", 0, 2016, -1.5, true, false, null, [], ["a"], {}, { a: 1 }];
  const keys = ["id", "file", "title", "author", "date", "year", "category", "outlet", "__proto__"];
  const { next, pick } = seeded(3);
  // Written as JSON and read back, as manifest entries are, so "__proto__" is an own key.
  const entries = Array.from({ length: 3000 }, () => {
    const parts = [`"file": ${JSON.stringify(next() < 0.9 ? pick(["a.txt", "b/c.md"]) : pick(values))}`];
    for (let k = Math.floor(next() * 5); k > 0; k--) parts.push(`${JSON.stringify(pick(keys))}: ${JSON.stringify(next() < 0.7 ? pick(["x", "2016-05-01", 2016, null, true]) : pick(values))}`);
    parts.sort(() => next() - 0.5);
    return JSON.parse(`{${parts.join(", ")}}`) as unknown;
  });
  const { quick, valid } = compareWithZod(DocumentEntrySchema, plainEntry, entries);
  // Most valid entries take the quick way; every other goes to zod for its message.
  assert.ok(quick > 0.8 * valid && valid > 500, `quick ${quick} of ${valid} valid entries`);
  for (const odd of [null, "a.txt", ["a.txt"], Object.create({ file: "a.txt" }), new Date()]) assert.equal(plainEntry(odd), undefined);
});

test("a file's own fields checked without zod are exactly what the schema makes of them, key order too, and the schema sees every other", () => {
  // As front matter comes: plain values, a misdated or numeric date, a title as a number, a year.
  const values: unknown[] = ["", "x", "2016-05-01", "2016-02-30", "May 1, 2016", 0, 2016, -1.5, true, false, null];
  const keys = ["title", "author", "date", "year", "category", "section"];
  const { next, pick } = seeded(5);
  // "__proto__" is a field to zod; the quick check leaves it to zod, so it comes rarely here.
  const key = () => (next() < 0.02 ? "__proto__" : pick(keys));
  const fields = Array.from({ length: 3000 }, () => {
    const parts: string[] = [];
    for (let k = 1 + Math.floor(next() * 5); k > 0; k--) parts.push(`${JSON.stringify(key())}: ${JSON.stringify(next() < 0.7 ? pick(["x", "2016-05-01"]) : pick(values))}`);
    return JSON.parse(`{${parts.join(", ")}}`) as unknown;
  });
  const { quick, valid } = compareWithZod(FileMetaSchema, (v) => plainFileMeta(v as Record<string, unknown>), fields);
  assert.ok(quick > 0.8 * valid && valid > 500, `quick ${quick} of ${valid} valid sets of fields`);
});

test("a manifest outline checked without zod is exactly what the outline schema makes of it, and the schema sees every other", () => {
  const values = ['"x"', '""', "1", "null", "true", "[]", '{"file": "a.txt"}'];
  const entries = ['{"file": "a.txt", "year": 2016}', '{"category": "news", "file": "b.md"}', '{"file": ""}', '{"title": "no file"}', '"a.txt"', "null",
    '{"file": "c.txt", "__proto__": {"x": 1}}', '{"file": 3}', '{"id": "x", "file": "d.txt", "date": "not a date"}'];
  const { next, pick } = seeded(9);
  const manifests = Array.from({ length: 2000 }, () => {
    const fields = [];
    if (next() < 0.9) fields.push(`"name": ${next() < 0.85 ? '"corpus"' : pick(values)}`);
    if (next() < 0.3) fields.push(`"description": ${next() < 0.7 ? '"about"' : pick(values)}`);
    if (next() < 0.3) fields.push(`"other": ${pick(values)}`);
    if (next() < 0.9) fields.push(`"documents": ${next() < 0.9 ? `[${Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.6 ? entries[0] : pick(entries))).join(", ")}]` : pick(values)}`);
    fields.sort(() => next() - 0.5);
    return JSON.parse(`{${fields.join(", ")}}`) as unknown;
  });
  const { quick, valid } = compareWithZod(ManifestOutlineSchema, plainOutline, manifests);
  assert.ok(quick > 0.9 * valid && valid > 300, `quick ${quick} of ${valid} valid outlines`);
});
