import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadCorpus } from "../../src/corpus/load";
import { pageLines, pdfPagesToText } from "../../src/corpus/pdfText";
import { DiscourseError } from "../../src/errors";
import { CLI, copyCorpus, folderHash, tempDir } from "../helpers";

// One folder of every kind a collection arrives in, each made by another program: a CSV as a
// spreadsheet exports it (BOM, CRLF, quoted commas, quotes and a line break), an .xlsx written by
// SheetJS, JSON Lines as a scraper writes them, a Word file and a PDF (text layer, running header,
// page numbers, a hyphenated line end, a paragraph across the page break), an image-only PDF, a
// CSV saved as .xlsx, a news-database export of two articles, a Windows-1252 and a GB18030 text,
// and a saved web page.
const FORMATS = join(__dirname, "..", "fixtures", "formats");
const SPLIT = "^Document \\d+$";

const text = (dir: string, place: string) => {
  const c = loadCorpus(dir, { split: SPLIT });
  const d = c.documents.find((x) => (x.part === undefined ? x.file : `${x.file}#${x.part}`) === place);
  assert.ok(d, `${place} loaded`);
  return d;
};

test("every article of the mixed folder loads with exactly its text", () => {
  const before = folderHash(FORMATS);
  assert.equal(text(FORMATS, "hong-kong-desk.csv#2").text, 'Officials met in Hong Kong on Tuesday.\nThey called the meeting "frank" and useful, and agreed to meet again in June.');
  assert.equal(text(FORMATS, "nikkei.xlsx#3").text, "Beijing answered with limits on gallium, a metal few readers had heard of a year ago.");
  assert.equal(text(FORMATS, "scraped.jsonl#2").text, "Undersea cables have become a quiet front of the rivalry, as both sides court the same landing stations.");
  assert.equal(
    text(FORMATS, "joint-statement.docx").text,
    "Dear colleagues,\n\nThe second dialogue on cyber norms ended with a joint statement, the first in three years.\n\nBoth delegations agreed that attacks on hospitals must stay off limits.",
  );
  assert.equal(
    text(FORMATS, "geneva-restraint.pdf").text,
    "Washington and Beijing have spent a decade accusing each other of cooperation failures, yet both still need rules for cyberspace.\n\n" +
      "The talks in Geneva showed that restraint is possible when both sides see the cost of escalation. Neither capital wants a crisis it cannot control.",
  );
  assert.equal(text(FORMATS, "review-export.txt#2").text, "Factories in Wuhan restarted lines for masks while export rules changed twice in one week.");
  assert.match(text(FORMATS, "2005-Bush.txt").text, /Our nation's resolve is firm\.$/);
  assert.match(text(FORMATS, "china-daily-gb18030.txt").text, /^中美关系的未来\n\n中美两国应当在网络空间加强合作/);
  assert.equal(folderHash(FORMATS), before, "inputs untouched");
});

test("each document's metadata comes from its own source: row, sheet, properties, header lines", () => {
  const csv = text(FORMATS, "hong-kong-desk.csv#2");
  assert.deepEqual([csv.id, csv.date, csv.meta.outlet, csv.meta.headline, csv.metaSource.date], ["hk-01", "2021-05-04", "South Morning", "Talks, again", "row"]);
  const xlsx = text(FORMATS, "nikkei.xlsx#2");
  assert.deepEqual([xlsx.id, xlsx.date, xlsx.meta.Outlet], ["nikkei.xlsx#2", "2023-01-09", "Nikkei Asia"]);
  const pdf = text(FORMATS, "geneva-restraint.pdf");
  assert.deepEqual([pdf.title, pdf.author, pdf.date, pdf.metaSource.title], ["Rivalry and restraint in cyberspace", "Li Wen", "2023-03-14", "properties"]);
  const docx = text(FORMATS, "joint-statement.docx");
  assert.deepEqual([docx.title, docx.author, docx.date], ["A Joint Statement at Last", "Li Wen", "2024-04-02"]);
  const page = text(FORMATS, "saved-page.html");
  assert.deepEqual([page.author, page.meta.site, page.meta.section, page.meta.category], ["Ruth Okafor", "The Harbour Review", "Opinion", "editorial"]);
  assert.ok(page.text.startsWith("Influence at sea used to be counted in warships."), "no cookie banner, menu or byline in the text");
  const part = text(FORMATS, "review-export.txt#1");
  assert.deepEqual([part.title, part.date, part.id], ["Virus diplomacy", "2020-03-12", "review-export.txt#1"]);
});

test("what cannot be read is skipped and named, one line each; nothing else is lost", () => {
  const c = loadCorpus(FORMATS, { split: SPLIT });
  const lines = c.warnings.filter((w) => w.kind !== "missing").map((w) => `${w.file}: ${w.message}`);
  assert.deepEqual(lines.filter((l) => /skipped/.test(l)), [
    'hong-kong-desk.csv#3: column "Body": no text; row skipped',
    "not-really.xlsx: skipped: not an .xlsx workbook (an encrypted workbook, or another kind of file with this name); save it again as .xlsx",
    "scanned-page.pdf: skipped: no text layer (scanned image?); run it through OCR first",
  ]);
  assert.ok(lines.includes('hong-kong-desk.csv#4: column "date": "04/05/2021" is not a certain day; give YYYY-MM-DD (the date is left empty)'));
  assert.equal(c.documents.length, 13);
});

test("a table without a text column, a duplicate id, a misquoted CSV, an encrypted PDF: each one line", () => {
  const dir = copyCorpus(FORMATS);
  writeFileSync(join(dir, "notes.csv"), "title,summary\nA,short\n");
  assert.throws(() => loadCorpus(dir), (e: DiscourseError) => e.toLine() === "notes.csv: header: no text column; name one text, body, content or article, or give --text-field NAME (\"textField\" in corpus.json); columns: title, summary");
  const before = folderHash(dir);
  const cli = spawnSync(process.execPath, [CLI, "freq", "--corpus", dir], { encoding: "utf8" });
  assert.equal(cli.status, 2);
  assert.equal(cli.stderr.trim().split("\n").at(-1), 'discourse: notes.csv: header: no text column; name one text, body, content or article, or give --text-field NAME ("textField" in corpus.json); columns: title, summary');
  assert.equal(folderHash(dir), before, "inputs untouched");
  // A folder-wide --text-field must fit every table; a manifest entry names one table's column.
  assert.throws(() => loadCorpus(dir, { textField: "summary" }), (e: DiscourseError) => e.toLine() === 'hong-kong-desk.csv: header: no column "summary" (the text field); columns: id, date, outlet, headline, Body');
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ name: "formats", documents: [{ file: "notes.csv", textField: "summary" }] }));
  assert.equal(loadCorpus(dir, { split: SPLIT }).documents.find((d) => d.file === "notes.csv")!.text, "short");
  const dup = copyCorpus(FORMATS);
  writeFileSync(join(dup, "more.jsonl"), '{"id":"hk-01","text":"Another article that reuses an id from the CSV file."}\n');
  assert.throws(() => loadCorpus(dup), (e: DiscourseError) => /^more\.jsonl#1: id: duplicate id "hk-01" \(also hong-kong-desk\.csv#2\); ids must be unique$/.test(e.toLine()));
  const quote = copyCorpus(FORMATS);
  writeFileSync(join(quote, "broken.csv"), 'text,date\n"A "quoted" word",2020-01-01\n');
  const w = loadCorpus(quote, { split: SPLIT }).warnings.find((x) => x.file === "broken.csv")!;
  assert.match(w.message, /^skipped: not a readable table: Invalid Closing Quote.* at line 2; fix the quoting there$/);
  const enc = copyCorpus(FORMATS);
  // The trailer of an encrypted PDF names its /Encrypt dictionary; pdf.js asks for a password.
  const pdf = Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
      "3 0 obj\n<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>\nendobj\n" +
      "trailer\n<< /Size 4 /Root 1 0 R /Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n%%EOF\n",
    "latin1",
  );
  writeFileSync(join(enc, "locked.pdf"), pdf);
  const locked = loadCorpus(enc, { split: SPLIT }).warnings.find((x) => x.file === "locked.pdf")!;
  assert.equal(locked.message, "skipped: an encrypted PDF (password-protected); save an unprotected copy");
});

test("discourse corpus lists every document of the folder with its format, encoding and metadata source", () => {
  const r = spawnSync(process.execPath, [CLI, "corpus", "--corpus", FORMATS, "--split", SPLIT, "--format", "json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const docs = JSON.parse(r.stdout).documents as { file: string; format: string; encoding: string; metadata: string }[];
  const row = (file: string) => docs.find((d) => d.file === file)!;
  assert.deepEqual(row("hong-kong-desk.csv#2"), { ...row("hong-kong-desk.csv#2"), format: "csv", encoding: "utf-8", metadata: "row" });
  assert.deepEqual([row("2005-Bush.txt").encoding, row("china-daily-gb18030.txt").encoding], ["windows-1252 (detected)", "gb18030 (detected)"]);
  assert.deepEqual([row("geneva-restraint.pdf").format, row("geneva-restraint.pdf").metadata], ["pdf", "properties"]);
  assert.equal(docs.length, 13);
  assert.match(r.stderr, /scanned-page\.pdf: skipped: no text layer \(scanned image\?\)/);
});

test("PDF pages: running headers, page numbers and line-end hyphens go; a paragraph runs on across a page break", () => {
  const pages = [
    ["Foreign Policy Review · Spring", "Deterrence in cyberspace needs credible signals, yet sig-", "nalling is hard when attribution takes months and", "Page 1 of 3"],
    ["Foreign Policy Review · Spring", "the attacker can deny everything.", "", "China-", "US talks are the exception.", "Page 2 of 3"],
    ["Foreign Policy Review · Spring", "Nothing else here.", "Page 3 of 3"],
  ];
  assert.equal(
    pdfPagesToText(pages),
    "Deterrence in cyberspace needs credible signals, yet signalling is hard when attribution takes months and the attacker can deny everything.\n\nChina- US talks are the exception.\n\nNothing else here.",
  );
});

test("PDF lines: a paragraph gap is measured against the page's line spacing, also where a page opens with one-line paragraphs", () => {
  // pdf.js items: 11 pt type on 14 pt lines, a blank line (28 pt) between paragraphs, as in a
  // typeset op-ed; the page opens with dialogue of one line each.
  const at = (y: number, str: string) => ({ str, transform: [1, 0, 0, 1, 72, y], height: 11 });
  const page = [
    at(770, '"You can joke!"'), at(742, '"I read it, yes."'), at(714, "Laban had more to say. Tolley had gone"), at(700, "to live in California."),
    at(672, "He came back in June,"), at(658, "and stayed."),
  ];
  assert.deepEqual(pageLines(page), ['"You can joke!"', "", '"I read it, yes."', "", "Laban had more to say. Tolley had gone", "to live in California.", "", "He came back in June,", "and stayed."]);
  // Double spacing with no extra gap between paragraphs: lines, no paragraph breaks.
  const double = [at(770, "A double-spaced draft"), at(744, "runs on from line"), at(718, "to line.")];
  assert.deepEqual(pageLines(double), ["A double-spaced draft", "runs on from line", "to line."]);
  // Items of one line (a bold word, a link) are one line.
  assert.deepEqual(pageLines([at(770, "Beijing "), { ...at(770.5, "rejected"), height: 11 }, at(770, " the claim.")]), ["Beijing rejected the claim."]);
});

test("discourse freq streams the same folder to the same table as the loaded corpus, on one thread or two", async () => {
  const { termFrequency } = await import("../../src/analysis/frequency");
  const { tokens } = await import("../../src/text/tokens");
  const memory = JSON.parse(JSON.stringify(termFrequency(tokens(loadCorpus(FORMATS, { split: SPLIT })))));
  for (const workers of ["1", "2"]) {
    const r = spawnSync(process.execPath, [CLI, "freq", "--corpus", FORMATS, "--split", SPLIT, "--workers", workers, "--format", "json"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), memory, `workers ${workers}`);
    assert.match(r.stderr, /scanned-page\.pdf: skipped: no text layer/);
  }
});

test("a TSV export and a JSON array of objects are tables too; a JSON file that is not one is skipped, named", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "desk.tsv"), "Title\tDate\tArticle\nTariffs\t2019-05-10\tTariffs rose again, and both sides said talks would go on.\nTalks\t2019-06-29\tThe leaders met in Osaka and agreed on a truce of sorts.\n");
  writeFileSync(join(dir, "feed.json"), JSON.stringify([{ headline: "Truce", body: "A truce is not a settlement, and markets knew it.", date: "2019-07-01" }]));
  writeFileSync(join(dir, "actors.json"), JSON.stringify({ name: "my registry", actors: [] }));
  const c = loadCorpus(dir);
  assert.deepEqual(c.documents.map((d) => [d.file, d.part, d.title, d.date, d.text]), [
    ["desk.tsv", "2", "Tariffs", "2019-05-10", "Tariffs rose again, and both sides said talks would go on."],
    ["desk.tsv", "3", "Talks", "2019-06-29", "The leaders met in Osaka and agreed on a truce of sorts."],
    ["feed.json", "1", "feed.json#1", "2019-07-01", "A truce is not a settlement, and markets knew it."],
  ]);
  assert.ok(c.warnings.some((w) => w.file === "actors.json" && w.message === "skipped: not a table of op-eds (a JSON array of objects, one per document)"));
});
