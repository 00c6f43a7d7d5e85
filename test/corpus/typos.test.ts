import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { meantField } from "../../src/corpus/fieldTypos";
import { loadCorpus } from "../../src/corpus/load";
import { DiscourseError } from "../../src/errors";
import { tempDir } from "../helpers";

const BODY = "The talks in Geneva ended without an agreement on cyber norms, and both delegations went home.\n";

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function errorLine(dir: string): string {
  try {
    loadCorpus(dir);
  } catch (err) {
    assert.ok(err instanceof DiscourseError, String(err));
    return err.toLine().replace(dir, "DIR");
  }
  return assert.fail("loaded");
}

test("a misspelt top-level manifest key is an error naming it, not a manifest silently ignored", () => {
  const dir = folder({ "a.txt": BODY, "corpus.json": JSON.stringify({ name: "x", documnets: [{ file: "a.txt", author: "A" }] }) });
  assert.equal(errorLine(dir), 'DIR/corpus.json: (top level): unknown key "documnets"; did you mean "documents"?');
  const other = folder({ "a.txt": BODY, "corpus.json": JSON.stringify({ name: "x", sources: [] }) });
  assert.equal(errorLine(other), 'DIR/corpus.json: (top level): unknown key "sources"; the keys are name, description, namePattern, encoding, textField, split, documents');
});

test("a field one or two edits from a known one is a warning asking what was meant; the value is kept", () => {
  const dir = folder({
    "a.txt": BODY,
    "b.md": `---\nauther: Jane Roe\nDate: 2020-01-02\ntitle: Geneva\n---\n${BODY}`,
    "corpus.json": JSON.stringify({ name: "x", documents: [{ file: "a.txt", auhtor: "Li Wen", titel: "Talks", outlet: "Daily", site: "web" }] }),
  });
  const c = loadCorpus(dir);
  const lines = c.warnings.filter((w) => w.kind === "field").map((w) => `${w.file}: ${w.message}`);
  assert.deepEqual(lines, [
    'a.txt: corpus.json: field "auhtor": did you mean author? (kept as a field of its own)',
    'a.txt: corpus.json: field "titel": did you mean title? (kept as a field of its own)',
    'b.md: front matter: field "auther": did you mean author? (kept as a field of its own)',
    'b.md: front matter: field "Date": did you mean date? (kept as a field of its own)',
  ]);
  assert.equal(c.documents[0].meta.auhtor, "Li Wen");
  // Real fields near no known name are left alone.
  for (const field of ["outlet", "site", "type", "year", "category", "language", "name", "datum"]) assert.equal(meantField(field), undefined, field);
});

test("a date line that names no certain day is a warning quoting it, not a silent 'no date'", () => {
  const dir = folder({ "a.txt": `Geneva Talks End\n03/04/2023\nBy Li Wen\n\n${BODY}` });
  const c = loadCorpus(dir);
  const w = c.warnings.find((x) => x.kind === "date")!;
  assert.equal(w.message, 'the date line "03/04/2023" is not understood (day and month order is ambiguous); give the date as YYYY-MM-DD');
  assert.equal(c.documents[0].author, "Li Wen");
});

test("a YAML mistake says where (counted from the top of the file) and what to do", () => {
  const colon = folder({ "a.md": `---\nauthor: Jane Roe\ntitle: Cyber: the new frontier\n---\n${BODY}` });
  assert.equal(errorLine(colon), 'a.md: front matter: line 3: "title: Cyber: the new frontier": a value holds a colon; put it in quotes (title: "Cyber: the new frontier")');
  const bracket = folder({ "b.md": `---\ntitle: Talks\ntags: [cyber, norms\nauthor: Jane Roe\n---\n${BODY}` });
  assert.equal(errorLine(bracket), 'b.md: front matter: line 3: "tags: [cyber, norms": a [ or { is never closed; close it, or put the value in quotes');
});

test("a table's misspelt column is a warning naming file and column; a capitalised one is the field itself", () => {
  // As a spreadsheet exports it: a byte-order mark, capitalised headers, a typo in one of them.
  const dir = folder({ "desk.csv": '\uFEFFID,Titel,Date,Auther,text\r\n1,Talks,2020-01-02,Li Wen,"Geneva, again."\r\n2,More,2020-01-03,Li Wen,Then Vienna.\r\n' });
  const corpus = loadCorpus(dir);
  const fields = corpus.warnings.filter((w) => w.kind === "field").map((w) => `${w.file}: ${w.message}`);
  assert.deepEqual(fields, [
    'desk.csv: header: column "Titel": did you mean title? (kept as a field of its own)',
    'desk.csv: header: column "Auther": did you mean author? (kept as a field of its own)',
  ]);
  assert.equal(corpus.documents[0].meta.Titel, "Talks");
  assert.equal(corpus.documents[0].meta.date, "2020-01-02");
  assert.equal(corpus.documents[0].id, "1");
});
