import { strict as assert } from "node:assert";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { frequencyRows } from "../../src/analysis/frequency";
import { loadCorpus } from "../../src/corpus/load";
import { packedFrequencyRows } from "../../src/engine/frequencyRows";
import { streamCounts } from "../../src/engine/streamCounts";
import { tokens } from "../../src/text/tokens";
import { type Layout, writeLayout } from "../../bench/layouts";
import { tempDir } from "../helpers";

// The Brown corpus written as every layout the kit reads (as the benchmark writes it): each layout's
// counts, streamed as `discourse freq` streams them and made from the loaded corpus, are the .txt
// layout's counts (`quotes`, the .txt texts with typographic quotes, included: normalisation folds
// them back). The header rule is off: it looks for a title, date line and byline above a file's
// first sentence (Brown's news stories open with "St. Johns, Mich., April 19."), never in a table's
// cell, so with it on a table and a folder of the same texts differ by those lines, as they should.
const CLEAN = { header: false };

async function counted(layout: Layout): Promise<{ streamed: ReturnType<typeof frequencyRows>; memory: ReturnType<typeof frequencyRows> }> {
  const dir = tempDir(`dk-layout-${layout}-`);
  await writeLayout(dir, 1, layout);
  const s = await streamCounts(dir, { by: "category", duplicates: "keep", read: { clean: CLEAN }, workers: 2 });
  const memory = frequencyRows(countTerms(tokens(loadCorpus(dir, { duplicates: "keep", clean: CLEAN })), { by: "category" }));
  assert.deepEqual(packedFrequencyRows(s.packed, s.documents), memory, `${layout}: streamed = in memory`);
  return { streamed: frequencyRows(s.counts), memory };
}

const total = (rows: ReturnType<typeof frequencyRows>) => rows.reduce((n, r) => n + r.count, 0);

test("every layout of the same texts gives the .txt layout's counts, streamed or in memory", async () => {
  const txt = await counted("txt");
  assert.ok(total(txt.memory) > 500_000, "Brown × 1");
  for (const layout of ["md", "html", "csv", "jsonl", "docx", "quotes"] as const) {
    const other = await counted(layout);
    assert.deepEqual(other.memory, txt.memory, layout);
  }
});

test("a PDF's text layer gives the same counts but for the lines its reader takes for running headers", async () => {
  const txt = await counted("txt");
  const pdf = await counted("pdf");
  const a = new Map(txt.memory.map((r) => [`${r.group} ${r.term}`, r.count]));
  const differing = pdf.memory.filter((r) => a.get(`${r.group} ${r.term}`) !== r.count);
  // The PDF reader leaves out a line that recurs at the top or bottom of half a document's pages: in
  // Brown, a proclamation's closing formula ("In testimony whereof...") where it falls at a page's foot.
  assert.ok(total(txt.memory) - total(pdf.memory) <= total(txt.memory) * 1e-4, `${total(txt.memory) - total(pdf.memory)} words fewer`);
  assert.ok(differing.length <= 10, differing.map((r) => r.term).join(", "));
  assert.ok(differing.every((r) => r.count < a.get(`${r.group} ${r.term}`)!), "only fewer, never more or other words");
});

test("Chinese op-eds in .txt files: streamed counts equal in-memory counts", async () => {
  const zh = await counted("zh");
  assert.ok(zh.memory.some((r) => r.term === "网络空间" && r.count > 1000), "jieba's words, counted");
});
