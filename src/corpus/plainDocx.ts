import { inflateRawSync } from "node:zlib";

/**
 * The text and core properties of a Word file of the plain kind, read on the calling thread: its
 * ZIP entries found from the central directory and inflated by zlib, its document.xml walked tag by
 * tag. Plain: body paragraphs of runs (in hyperlinks or not) holding text, tabs, breaks and
 * hyphens, with properties, bookmarks, proofing marks and note or comment references, which hold
 * no text. Its text equals mammoth's `extractRawText` (a paragraph's text and tabs, then a blank
 * line); a seeded test holds it to that.
 *
 * Anything else is not decided here and returns null: tables, fields, deleted or moved text,
 * content controls, drawings, symbols, comments or CDATA in the XML, an entity XML does not
 * define, a carriage return, a main document elsewhere than word/document.xml, an encrypted or
 * ZIP64 archive. mammoth reads those on the converter thread, through JSZip's inflate in
 * JavaScript, an XML DOM and its document model, with a wait for the thread's answer on top: many
 * times what this reader costs (docs/performance.md).
 */
export function plainDocxText(bytes: Uint8Array): { text: string; meta: DocxProperties } | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const rels = entryText(bytes, entries.get("_rels/.rels"));
  if (rels === null || mainDocument(rels) !== "word/document.xml") return null;
  const xml = entryText(bytes, entries.get("word/document.xml"));
  const text = xml === null ? null : documentText(xml);
  if (text === null) return null;
  const core = entries.has("docProps/core.xml") ? entryText(bytes, entries.get("docProps/core.xml")) : "";
  if (core === null) return null;
  return { text, meta: docxProperties(core) };
}

export interface DocxProperties {
  title?: string;
  author?: string;
  date?: string;
}

/** Title, creator and creation day from docProps/core.xml, as written there. */
export function docxProperties(core: string): DocxProperties {
  const tag = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(core)?.[1]?.trim() || undefined;
  return { title: tag("dc:title"), author: tag("dc:creator"), date: tag("dcterms:created")?.slice(0, 10) };
}

interface ZipEntry {
  method: number;
  offset: number;
  size: number;
}

/** The archive's entries by name, from its central directory; null for what this reader does not take. */
function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) return null;
  // The end record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 20, true);
    const offset = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    // Encrypted, or sizes kept in a ZIP64 record.
    if (flags & 1 || size === 0xffffffff || offset === 0xffffffff) return null;
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString("utf8");
    entries.set(name, { method: view.getUint16(at + 10, true), offset, size });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes as UTF-8 text; null when it is missing or stored in a way this reader does not take. */
function entryText(bytes: Uint8Array, entry: ZipEntry | undefined): string | null {
  if (!entry || entry.offset + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== 0x04034b50) return null;
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.size > bytes.length) return null;
  const data = bytes.subarray(start, start + entry.size);
  try {
    if (entry.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
    if (entry.method === 8) return inflateRawSync(data).toString("utf8");
  } catch {
    return null;
  }
  return null;
}

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** Where the package's relationships put the main document ("word/document.xml" when they name none). */
function mainDocument(rels: string): string | null {
  const targets: string[] = [];
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    if (!m[0].includes(`Type="${OFFICE_DOCUMENT}"`)) continue;
    const target = /\sTarget="([^"]*)"/.exec(m[0]);
    if (!target) return null;
    targets.push(target[1].replace(/^\//, ""));
  }
  return targets.length === 0 ? "word/document.xml" : targets.length === 1 ? targets[0] : null;
}

/** The root's declaration of the "w" prefix as WordprocessingML's namespace. */
const WORD_PREFIX = /\sxmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"/;

/** Where an element may stand, and what it gives the text. */
const CHILDREN: Record<string, ReadonlySet<string>> = {
  "w:document": new Set(["w:body"]),
  "w:body": new Set(["w:p", "w:sectPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr"]),
  "w:p": new Set(["w:pPr", "w:r", "w:hyperlink", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:commentRangeStart", "w:commentRangeEnd"]),
  "w:hyperlink": new Set(["w:r", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr"]),
  "w:r": new Set(["w:rPr", "w:t", "w:tab", "w:br", "w:noBreakHyphen", "w:softHyphen", "w:lastRenderedPageBreak", "w:footnoteReference", "w:endnoteReference", "w:commentReference"]),
};

/** Elements read whole as holding no text: skipped to their end tag. */
const PROPERTIES = new Set(["w:pPr", "w:rPr", "w:sectPr"]);

/** Elements that hold nothing, or nothing this reader keeps. */
const EMPTY: Record<string, string> = {
  "w:tab": "\t",
  "w:noBreakHyphen": "\u2011",
  "w:softHyphen": "\u00AD",
  "w:br": "",
  "w:lastRenderedPageBreak": "",
  "w:bookmarkStart": "",
  "w:bookmarkEnd": "",
  "w:proofErr": "",
  "w:commentRangeStart": "",
  "w:commentRangeEnd": "",
  "w:footnoteReference": "",
  "w:endnoteReference": "",
  "w:commentReference": "",
};

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data with its references resolved; null for an entity XML does not define. */
function characterData(s: string): string | null {
  if (!s.includes("&")) return s;
  let bad = false;
  const out = s.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) bad = true;
    else if (name in ENTITIES) return ENTITIES[name];
    else {
      const code = /^#[0-9]{1,7}$/.test(name) ? Number(name.slice(1)) : /^#x[0-9a-fA-F]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : -1;
      // A character XML allows: no control character but tab and line feed, no surrogate, no more than U+10FFFF.
      if (code === 0x09 || code === 0x0a || (code >= 0x20 && code < 0xd800) || (code >= 0xe000 && code <= 0x10ffff && code !== 0xfffe && code !== 0xffff)) return String.fromCodePoint(code);
      bad = true;
    }
    return "";
  });
  return bad ? null : out;
}

/** The end of the tag opened at `at` (the index of its ">"), quotes in attribute values crossed. */
function tagEnd(xml: string, at: number): number {
  for (let k = at + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (c === 0x3e) return k;
    if (c === 0x22 || c === 0x27) {
      k = xml.indexOf(c === 0x22 ? '"' : "'", k + 1);
      if (k < 0) return -1;
    }
  }
  return -1;
}

/** The raw text of a plain document.xml, a paragraph's text and "\n\n" per paragraph; else null. */
export function documentText(xml: string): string | null {
  if (xml.includes("\r") || xml.includes("<!")) return null;
  let at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  if (at === 1) return null;
  const open: string[] = [];
  let rooted = false;
  let text = "";
  let paragraph = "";
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) return rooted && open.length === 0 ? text : null;
    const gt = tagEnd(xml, lt);
    if (gt < 0) return null;
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    if (tag.startsWith("/")) {
      if (open.pop() !== tag.slice(1).trimEnd()) return null;
      if (tag === "/w:p") {
        text += paragraph + "\n\n";
        paragraph = "";
      }
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const name = /^[^\s/]+/.exec(tag)?.[0];
    if (!name || tag.startsWith("?")) return null;
    const parent = open.at(-1);
    if (parent === undefined) {
      // The root: a Word document whose "w" prefix is WordprocessingML's, and nothing after it.
      if (rooted || name !== "w:document" || !WORD_PREFIX.test(tag) || selfClosing) return null;
      rooted = true;
      open.push(name);
      continue;
    }
    if (!CHILDREN[parent]?.has(name) || (parent !== "w:document" && tag.includes("xmlns"))) return null;
    if (PROPERTIES.has(name)) {
      if (selfClosing) continue;
      const close = xml.indexOf(`</${name}>`, at);
      // A paragraph marked deleted runs into the next one in Word's model: mammoth's to read.
      if (close < 0 || (name === "w:pPr" && xml.slice(at, close).includes("w:del"))) return null;
      at = close + name.length + 3;
      continue;
    }
    if (name === "w:t") {
      if (selfClosing) continue;
      const close = xml.indexOf("</w:t>", at);
      if (close < 0) return null;
      const content = xml.slice(at, close);
      const chars = content.includes("<") ? null : characterData(content);
      if (chars === null) return null;
      paragraph += chars;
      at = close + 6;
      continue;
    }
    if (name in EMPTY) {
      paragraph += EMPTY[name];
      if (!selfClosing) {
        // Written open and closed, with nothing but white space between.
        const close = `</${name}>`;
        const next = xml.indexOf("<", at);
        if (next < 0 || !xml.startsWith(close, next) || xml.slice(at, next).trim()) return null;
        at = next + close.length;
      }
      continue;
    }
    if (!selfClosing) open.push(name);
    else if (name === "w:p") text += "\n\n";
  }
}
