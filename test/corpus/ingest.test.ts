import { strict as assert } from "node:assert";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadCorpus } from "../../src/corpus/load";
import { DiscourseError } from "../../src/errors";
import { termFrequency } from "../../src/analysis/frequency";
import { tokens } from "../../src/text/tokens";
import { SEEDS, copyCorpus, folderHash } from "../helpers";

const MIXED = join(__dirname, "..", "fixtures", "mixed");

function errorLine(dir: string): string {
  try {
    loadCorpus(dir);
  } catch (err) {
    assert.ok(err instanceof DiscourseError, `expected a DiscourseError, got ${err}`);
    return err.toLine();
  }
  assert.fail("loadCorpus accepted a bad corpus");
}

test("a mixed folder: manifest entries first, then the other files by path, each with its metadata's source", () => {
  const c = loadCorpus(MIXED);
  const rows = c.documents.map((d) => [d.id, d.format, d.title, d.author, d.date, d.meta.period, d.metaSource.date]);
  assert.deepEqual(rows, [
    ["dialogue", "txt", "Cyber Dialogue Needs Patience", "Li Wen", "2019-03-05", "early", "text"],
    ["saved-page", "html", "Rivalry in Cyberspace Deepens", "Ann Doe", "2022-06-01", "late", "page"],
    ["trust", "md", "Competition Without Trust", "Sam Poe", "2023-09-14", "late", "front matter"],
    ["wuzhen-notes", "md", "Notes from Wuzhen on Internet Governance", "Jane Roe", "2016-02-10", "early", "front matter"],
  ]);
  assert.deepEqual(c.warnings, []);
  const notes = c.documents[3];
  assert.equal(notes.meta.tags, "cyber; governance");
  assert.equal(notes.meta.outlet, "Example Review");
  const page = c.documents[1];
  assert.equal(page.meta.site, "The Example Daily");
  assert.equal(page.meta.language, "en");
});

test("a saved page counts its article only: navigation, cookie banner, newsletter and footer words are not counted", () => {
  const c = loadCorpus(MIXED);
  const page = c.documents.find((d) => d.format === "html")!;
  for (const chrome of ["cookies", "newsletter", "subscribe", "sports", "copyright", "privacy", "advertise", "inbox", "Home"]) {
    assert.ok(!new RegExp(`\\b${chrome}\\b`, "i").test(page.text), `"${chrome}" is site chrome`);
  }
  assert.equal(page.text.split("\n\n").length, 4, "one paragraph per <p> of the article");
  assert.match(page.text, /^The rivalry between China and the United States/);
  assert.deepEqual(page.removed.map((r) => [r.rule, r.text]), [["byline", "By Ann Doe"]]);
  const rows = termFrequency(tokens(c));
  const total = (term: string) => rows.filter((r) => r.term === term).reduce((s, r) => s + r.count, 0);
  assert.equal(total("cookies"), 0);
  assert.equal(total("subscribe"), 0);
  // "competition": twice in the page ("technological competition", "this competition") and twice
  // in trust.md ("Technological competition", "Competition has"); the page's description meta tag
  // ("technology competition") is metadata, not text.
  assert.equal(total("competition"), 4);
});

test("Markdown markup is not counted: link text stays, URLs, emphasis and list markers go", () => {
  const notes = loadCorpus(MIXED).documents.find((d) => d.id === "wuzhen-notes")!;
  assert.match(notes.text, /The second World Internet Conference/);
  assert.match(notes.text, /welcomed the call for cooperation on cybercrime/);
  assert.doesNotMatch(notes.text, /https|example\.org|\*|^- /m);
  assert.ok(notes.removed.some((r) => r.rule === "title"), "the # heading repeating the title is removed as the title");
});

test("plain texts without a manifest get title, author and date from their header lines (the seeds)", () => {
  const withManifest = loadCorpus(SEEDS);
  const dir = copyCorpus(SEEDS);
  rmSync(join(dir, "corpus.json"));
  const bare = loadCorpus(dir);
  assert.equal(bare.documents.length, 2, "README.md is not a document");
  for (const [i, d] of bare.documents.entries()) {
    const m = withManifest.documents[i];
    assert.deepEqual([d.title, d.author, d.date, d.year], [m.title, m.author, m.date, m.year]);
    assert.equal(d.text, m.text, "the same body as with the manifest");
  }
  assert.deepEqual(bare.warnings, []);
});

test("a text that states nothing gets its file name as title and a warning listing what is missing", () => {
  const dir = copyCorpus(MIXED);
  writeFileSync(join(dir, "untitled.txt"), "China and the United States should talk more often about cyberspace and its risks.\n");
  const c = loadCorpus(dir);
  const d = c.documents.find((x) => x.id === "untitled")!;
  assert.deepEqual([d.title, d.author, d.date, d.year], ["untitled.txt", null, null, null]);
  assert.deepEqual(c.warnings.map((w) => `${w.file}: ${w.message}`), [
    "untitled.txt: no title, author, date found; add them to a front matter block or corpus.json (or discourse add --title)",
  ]);
});

test("encodings: UTF-8 with BOM, UTF-16 LE and BE with BOM read the same text; copies are duplicates counted once", () => {
  const dir = copyCorpus(MIXED);
  const text = readFileSync(join(MIXED, "dialogue.txt"), "utf8");
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = Buffer.from(le);
  be.swap16();
  writeFileSync(join(dir, "x-bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  writeFileSync(join(dir, "x-le.txt"), le);
  writeFileSync(join(dir, "x-be.txt"), be);
  const c = loadCorpus(dir);
  assert.equal(c.documents.length, 4, "three copies of dialogue.txt are not counted again");
  assert.deepEqual(
    c.warnings.map((w) => [w.file, w.kind, w.message]),
    ["x-be.txt", "x-bom.txt", "x-le.txt"].map((f) => [f, "duplicate", "duplicate of dialogue.txt (same text); counted once"]),
  );
  // Each copy alone decodes to the same document.
  for (const f of ["x-bom.txt", "x-le.txt", "x-be.txt"]) {
    const solo = copyCorpus(MIXED);
    rmSync(join(solo, "dialogue.txt"));
    writeFileSync(join(solo, "corpus.json"), JSON.stringify({ name: "solo" }));
    writeFileSync(join(solo, f), readFileSync(join(dir, f)));
    const d = loadCorpus(solo).documents.find((x) => x.file === f)!;
    assert.equal(d.text, c.documents[0].text, f);
    assert.equal(d.encoding, { "x-bom.txt": "utf-8-bom", "x-le.txt": "utf-16le", "x-be.txt": "utf-16be" }[f]);
  }
});

test("binary, empty and unsupported files are skipped with a warning naming each; a legacy encoding is read, its guess named", () => {
  const dir = copyCorpus(MIXED);
  writeFileSync(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "empty.md"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n ");
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
  writeFileSync(join(dir, "paper.pdf"), "%PDF-1.4");
  writeFileSync(join(dir, "figure.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const before = folderHash(dir);
  const c = loadCorpus(dir);
  assert.equal(c.documents.length, 5);
  assert.equal(c.documents.find((d) => d.file === "latin1.txt")!.text, "Café noir");
  assert.deepEqual(c.warnings.filter((w) => w.kind !== "missing").map((w) => `${w.file}: ${w.message}`), [
    "blank.txt: skipped: empty (no text)",
    "empty.md: skipped: empty (no text)",
    'latin1.txt: encoding guessed as windows-1252 (confidence 30%); if the text reads wrong, give --encoding NAME or "encoding" in its corpus.json entry',
    "figure.png: skipped: not a .txt, .md, .html, .pdf, .docx, .csv, .tsv, .xlsx, .jsonl or .json file",
    "paper.pdf: skipped: not a readable PDF (Invalid PDF structure.); open and save it again",
    "scan.txt: skipped: binary (NUL bytes); save it as UTF-8 text",
  ].sort((a, b) => (a.startsWith("figure") ? -1 : b.startsWith("figure") ? 1 : a.localeCompare(b))));
  assert.equal(folderHash(dir), before, "nothing in the folder changed");
});

test("bad metadata in a file is one line naming the file and the field", () => {
  const cases: [string, string, RegExp][] = [
    ["bad.md", "---\ntitle: [unclosed\n---\nSome text here that is long enough to count as a body.\n", /^bad\.md: front matter: /],
    ["open.md", "---\ntitle: Never closed\nSome text.\n", /^open\.md: front matter: front matter opened with --- is never closed; add a line --- after it$/],
    ["date.md", "---\ndate: Jan 4, 2016\n---\nBody text.\n", /^date\.md: date: expected YYYY-MM-DD, got "Jan 4, 2016" \(write 2016-01-04\)$/],
    ["year.md", "---\nyear: 2016\n---\nBody text.\n", /^year\.md: year: is derived from date; remove it and give the date$/],
    ["nested.md", "---\nsource:\n  name: X\n---\nBody text.\n", /^nested\.md: source: a nested value cannot be used as a document field/],
  ];
  for (const [file, content, expected] of cases) {
    const dir = copyCorpus(MIXED);
    writeFileSync(join(dir, file), content);
    const before = folderHash(dir);
    assert.match(errorLine(dir), expected, file);
    assert.equal(folderHash(dir), before);
  }
});

test("a folder with nothing readable is an error, not an empty corpus", () => {
  const dir = copyCorpus(MIXED);
  for (const f of ["dialogue.txt", "saved-page.html", "trust.md", "wuzhen-notes.md", "corpus.json"]) rmSync(join(dir, f));
  writeFileSync(join(dir, "empty.txt"), "");
  assert.match(errorLine(dir), /no documents: the folder holds no readable \.txt, \.md, \.html, \.pdf, \.docx, \.csv, \.tsv, \.xlsx, \.jsonl or \.json file \(1 skipped\)$/);
});

test("Windows and old Mac line ends read as the same document as Unix ones, front matter included", () => {
  const unix = "---\ntitle: Line ends\nauthor: A. Writer\ndate: 2020-01-02\n---\nThe first paragraph of the body is long enough to be one.\nIt goes on here.\n\nA second paragraph ends the text.\n";
  const dir = copyCorpus(MIXED);
  const docs = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    const d = loadCorpus(dir).documents.find((x) => x.file === name)!;
    rmSync(join(dir, name));
    return d;
  };
  const lf = docs("a.txt", unix);
  assert.equal(lf.title, "Line ends");
  for (const [name, text] of [["crlf.txt", unix.replace(/\n/g, "\r\n")], ["cr.txt", unix.replace(/\n/g, "\r")]]) {
    const d = docs(name, text);
    assert.deepEqual([d.title, d.author, d.date, d.raw, d.text], [lf.title, lf.author, lf.date, lf.raw, lf.text], name);
  }
});
