import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { decodeText } from "../../src/corpus/decode";
import { loadCorpus } from "../../src/corpus/load";
import { DiscourseError } from "../../src/errors";
import { copyCorpus, folderHash, tempDir } from "../helpers";

// Files saved in legacy encodings, written byte by byte by another program (Python's codecs), as
// they come from Windows editors, mainland, Taiwanese and Japanese sites.
const ENCODINGS = join(__dirname, "..", "fixtures", "encodings");
const INAUGURAL = join(__dirname, "..", "fixtures", "inaugural");

test("Windows-1252, GB18030, Big5 and Shift_JIS files are detected and read to the exact text", () => {
  const before = folderHash(ENCODINGS);
  const c = loadCorpus(ENCODINGS);
  const byFile = new Map(c.documents.map((d) => [d.file, d]));
  const expect = (file: string, encoding: string, starts: string) => {
    const d = byFile.get(file)!;
    assert.ok(d, `${file} loaded`);
    assert.equal(d.encoding, encoding, file);
    assert.equal(d.encodingSource, "detected", file);
    assert.ok(d.raw.startsWith(starts), `${file}: ${JSON.stringify(d.raw.slice(0, 30))}`);
  };
  expect("china-daily-gb18030.txt", "gb18030", "中美关系的未来\n\n中美两国应当在网络空间加强合作，互信是合作的基础。美方的打压政策不得人心。");
  expect("taipei-big5.txt", "big5", "兩岸與美國\n\n中美兩國應當在網絡空間加強合作，互信是合作的基礎。");
  expect("tokyo-shift-jis.txt", "shift_jis", "日米関係について\n\n日本と中国とアメリカの関係は重要です。");
  // Curly quotes, a dash and accents: the bytes 0x80–0x9f, which Latin-1 would make control characters.
  expect("letter-latin1.txt", "windows-1252", "Dear Editor,\n\nYour editorial on the summit was naïve: the café talks in Genève produced nothing but “mutual respect” — words, not deeds.");
  assert.equal(folderHash(ENCODINGS), before, "inputs untouched");
});

test("a file saved in Windows-1252 among UTF-8 ones is read, not skipped, and discourse corpus says it was detected", () => {
  const c = loadCorpus(INAUGURAL);
  assert.equal(c.documents.length, 5);
  const bush = c.documents.find((d) => d.file === "2005-Bush.txt")!;
  assert.equal(bush.encoding, "windows-1252");
  assert.match(bush.text, /Our nation's resolve is firm\.$/);
  assert.match(bush.text, /"with the ultimate goal of ending tyranny in our world\."/);
  assert.ok(!c.warnings.some((w) => w.kind === "skipped"), "no file skipped");
});

test("a stated encoding wins over detection; a wrong or unknown one is one clear line", () => {
  const dir = copyCorpus(ENCODINGS);
  const big5 = readFileSync(join(dir, "taipei-big5.txt"));
  // Stated in the manifest entry.
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ name: "t", documents: [{ file: "taipei-big5.txt", encoding: "big5" }] }));
  const stated = loadCorpus(dir).documents.find((d) => d.file === "taipei-big5.txt")!;
  assert.equal(stated.encodingSource, "stated");
  assert.ok(stated.raw.startsWith("兩岸與美國"));
  // Stated for the whole folder, and wrong for a file: that file is skipped, named, with the fix.
  const wrong = loadCorpus(dir, { encoding: "shift_jis" });
  assert.ok(wrong.warnings.some((w) => w.file === "china-daily-gb18030.txt" && /not valid shift_jis text \(the stated encoding\)/.test(w.message)));
  assert.throws(() => loadCorpus(dir, { encoding: "klingon" }), (err: DiscourseError) => /^options\.encoding: unknown encoding "klingon"; give a name such as/.test(err.toLine()));
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ name: "t", documents: [{ file: "taipei-big5.txt", encoding: "big-5ish" }] }));
  assert.throws(() => loadCorpus(dir), /corpus\.json: taipei-big5\.txt: encoding: unknown encoding "big-5ish"/);
  assert.equal(readFileSync(join(dir, "taipei-big5.txt")).equals(big5), true);
});

test("a short legacy file whose guess is unsure is read with a warning giving the confidence and the fix", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "cafe.txt"), Buffer.from("Caf\xe9 noir", "latin1"));
  const c = loadCorpus(dir);
  assert.equal(c.documents[0].text, "Café noir");
  const w = c.warnings.find((x) => x.kind === "encoding")!;
  assert.match(w.message, /^encoding guessed as windows-1252 \(confidence \d+%\); if the text reads wrong, give --encoding NAME/);
});

test("byte-order marks and valid UTF-8 are read as Unicode, never guessed at", () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("中美 café", "utf16le")]);
  const d16 = decodeText(utf16);
  assert.deepEqual(d16.ok && [d16.text, d16.encoding, d16.source], ["中美 café", "utf-16le", "unicode"]);
  const d8 = decodeText(Buffer.from("naïve “quotes”", "utf8"));
  assert.deepEqual(d8.ok && [d8.text, d8.encoding, d8.source], ["naïve “quotes”", "utf-8", "unicode"]);
});
