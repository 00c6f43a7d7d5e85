import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import JSZip from "jszip";
import mammoth from "mammoth";
import { seededRandom } from "../../src/analysis/stats/random";
import { docxProperties, plainDocxText } from "../../src/corpus/plainDocx";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** A .docx as Word lays one out: content types, package relationships, the document, core properties. */
async function docx(body: string, o: { target?: string; core?: string; root?: string; compression?: "DEFLATE" | "STORE" } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file("_rels/.rels", `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE}" Target="${o.target ?? "word/document.xml"}"/></Relationships>`);
  zip.file(o.target?.replace(/^\//, "") ?? "word/document.xml", `${HEAD}${o.root ?? `<w:document ${NS}>`}<w:body>${body}</w:body></w:document>`);
  if (o.core !== undefined) zip.file("docProps/core.xml", o.core);
  return zip.generateAsync({ type: "nodebuffer", compression: o.compression ?? "DEFLATE" });
}

const raw = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

test("a Word file's paragraphs, runs, tabs, hyphens and entities read as mammoth reads them, with its core properties", async () => {
  const core = `${HEAD}<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Resetting &amp; the reset</dc:title><dc:creator> Wang Yi </dc:creator><dcterms:created>2022-03-14T09:00:00Z</dcterms:created></cp:coreProperties>`;
  const body =
    '<w:p w:rsidR="00A1"><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>Dear Editor,</w:t></w:r></w:p>' +
    '<w:p><w:r><w:t xml:space="preserve">Cyberspace is a </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>co&#8209;governed</w:t></w:r><w:proofErr w:type="spellEnd"/>' +
    '<w:hyperlink r:id="rId9"><w:r><w:t>domain</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>&lt;not a tag&gt; &quot;said&quot;</w:t><w:br/><w:noBreakHyphen/><w:softHyphen/></w:r>' +
    '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p><w:p/><w:p><w:r><w:t>中美 &#x7F51;络</w:t><w:footnoteReference w:id="1"/></w:r></w:p>' +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
  const bytes = await docx(body, { core });
  const got = plainDocxText(bytes);
  assert.ok(got, "a plain Word file is read here");
  assert.equal(got.text, await raw(bytes));
  assert.match(got.text, /^Dear Editor,\n\nCyberspace is a co‑governeddomain\t<not a tag> "said"‑\u00AD\n\n\n\n中美 网络\n\n$/);
  assert.deepEqual(got.meta, { title: "Resetting &amp; the reset", author: "Wang Yi", date: "2022-03-14" });
  // The corpus fixture, and a file python-docx wrote on its own template (a heading, runs in bold
  // and italics, a bulleted paragraph, a page break).
  for (const file of ["formats/joint-statement.docx", "word/python-docx-heading-list-break.docx"]) {
    const saved = readFileSync(join(__dirname, "../fixtures", file));
    const read = plainDocxText(saved);
    assert.ok(read, file);
    assert.equal(read.text, await raw(saved));
  }
  // Stored rather than deflated, and the main document named with a leading slash.
  const stored = await docx("<w:p><w:r><w:t>stored</w:t></w:r></w:p>", { compression: "STORE", target: "/word/document.xml" });
  assert.equal(plainDocxText(stored)?.text, "stored\n\n");
});

test("what is not a plain Word file is left to mammoth", async () => {
  const refused = [
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>',
    '<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>merged into the next</w:t></w:r></w:p><w:p/>',
    '<w:p><w:ins w:id="2"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>',
    '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r></w:p>',
    '<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>',
    '<w:p><w:r><w:t><![CDATA[x]]></w:t></w:r></w:p>',
    '<w:p><w:r><w:t>line\r\nbreak</w:t></w:r></w:p>',
    '<w:sdt><w:sdtContent><w:p><w:r><w:t>control</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  ];
  for (const body of refused) assert.equal(plainDocxText(await docx(body)), null, body);
  assert.equal(plainDocxText(await docx("<w:p/>", { target: "word/main.xml" })), null);
  assert.equal(plainDocxText(await docx("<w:p/>", { root: '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' })), null);
  assert.equal(plainDocxText(Buffer.from("PK\u0003\u0004 not really a zip")), null);
  assert.equal(plainDocxText(Buffer.from("just text")), null);
});

test("wherever it answers, on 300 seeded Word files of runs, tabs, breaks, entities and stray elements, it equals mammoth", async () => {
  const rand = seededRandom(61);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const words = ["China", " US ", "cyber", "中美", "a&amp;b", "&lt;", "&#233;", "&#x1F600;", "  ", "", "x&apos;y", "&bogus;", "tab\there", "\n"];
  const inRun = () =>
    pick([
      () => `<w:t>${pick(words)}${pick(words)}</w:t>`,
      () => `<w:t xml:space="preserve">${pick(words)}</w:t>`,
      () => "<w:t/>",
      () => "<w:tab/>",
      () => pick(['<w:br/>', '<w:br w:type="page"/>', "<w:br></w:br>"]),
      () => pick(["<w:noBreakHyphen/>", "<w:softHyphen/>", "<w:lastRenderedPageBreak/>"]),
      () => pick(['<w:rPr><w:i/><w:lang w:val="zh-CN"/></w:rPr>', "<w:rPr/>"]),
      () => pick(['<w:sym w:char="F0E0"/>', '<w:fldChar w:fldCharType="begin"/>', "<w:cr/>", '<w:drawing/>', '<w:footnoteReference w:id="2"/>']),
    ])();
  const run = () => `<w:r${rand() < 0.3 ? ' w:rsidR="00B2"' : ""}>${Array.from({ length: Math.floor(rand() * 4) }, inRun).join("")}</w:r>`;
  const inParagraph = () =>
    pick([
      run,
      run,
      () => `<w:hyperlink r:id="rId${Math.floor(rand() * 3)}">${run()}</w:hyperlink>`,
      () => pick(['<w:proofErr w:type="gramStart"/>', '<w:bookmarkStart w:id="1" w:name="x"/><w:bookmarkEnd w:id="1"/>', '<w:commentRangeStart w:id="0"/>']),
      () => pick(['<w:pPr><w:jc w:val="center"/></w:pPr>', '<w:pPr><w:rPr><w:del w:id="3"/></w:rPr></w:pPr>']),
      () => pick([`<w:ins w:id="4">${run()}</w:ins>`, `<w:smartTag>${run()}</w:smartTag>`, "<!-- a comment -->"]),
    ])();
  const paragraph = () => (rand() < 0.1 ? "<w:p/>" : `<w:p>${Array.from({ length: Math.floor(rand() * 5) }, inParagraph).join("")}</w:p>`);
  let answered = 0;
  let refused = 0;
  for (let n = 0; n < 300; n++) {
    let body = Array.from({ length: 1 + Math.floor(rand() * 4) }, paragraph).join("");
    if (rand() < 0.1) body += `<w:tbl><w:tr><w:tc>${paragraph()}</w:tc></w:tr></w:tbl>`;
    if (rand() < 0.3) body += '<w:sectPr><w:pgMar w:top="1440"/></w:sectPr>';
    const bytes = await docx(body);
    const got = plainDocxText(bytes);
    if (got === null) {
      refused++;
      continue;
    }
    answered++;
    assert.equal(got.text, await raw(bytes), body);
  }
  assert.ok(answered > 60 && refused > 60, `answered ${answered}, refused ${refused}`);
});

test("core properties are read as the converter reads them", () => {
  assert.deepEqual(docxProperties("<dc:title>T</dc:title><dc:creator></dc:creator><dcterms:created>2016-09-01</dcterms:created>"), { title: "T", author: undefined, date: "2016-09-01" });
});
