/**
 * Word and PDF files written the way the kit meets them: a .docx with its paragraphs and core
 * properties (title, creator, created), a PDF whose text layer holds the paragraphs as lines set in
 * Helvetica on A4 pages, with the title, author and date in its document info.
 */
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";

export interface OfficeText {
  title: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  paragraphs: string[];
}

const xml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export async function docxFile(doc: OfficeText): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const body = doc.paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `${HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  zip.file(
    "docProps/core.xml",
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${xml(doc.title)}</dc:title><dc:creator>${xml(doc.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${doc.date}T00:00:00Z</dcterms:created></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A4 in points, margins of 72 pt, 11 pt type on 14 pt lines. */
const PAGE = { width: 595, height: 842, margin: 72, size: 11, leading: 14 };

/** The lines of a paragraph, broken at spaces to fit the text width. */
function wrap(paragraph: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function pdfFile(doc: OfficeText): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.author);
  pdf.setCreationDate(new Date(`${doc.date}T00:00:00Z`));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  const fits = (line: string) => font.widthOfTextAtSize(line, PAGE.size) <= width;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of doc.paragraphs) {
    for (const line of wrap(paragraph, fits)) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: PAGE.size, font });
      y -= PAGE.leading;
    }
    // A blank line between paragraphs: the gap a reader of the text layer takes for one.
    y -= PAGE.leading;
  }
  return pdf.save();
}
