/**
 * The thread that converts PDF and Word files to text (pdf.js and mammoth work asynchronously; the
 * corpus loader reads synchronously and waits for each answer: see ./convertDocument.ts).
 */
import { type MessagePort, workerData } from "node:worker_threads";
import type { Converted } from "./convertDocument";
import { openPdf } from "./pdfjs";
import { type PageLines, type TextItem, pageLines } from "./pdfText";
import { docxProperties } from "./plainDocx";

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

port.on("message", async ({ id, bytes, kind }: { id: number; bytes: Uint8Array; kind: "pdf" | "docx" }) => {
  let answer: Converted;
  try {
    answer = kind === "pdf" ? await pdfPages(bytes) : await docxText(bytes);
  } catch (err) {
    answer = { ok: false, reason: (err as Error).message };
  }
  port.postMessage({ id, answer });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

/** Each page's lines, a "" where the gap between two lines is wider than a line's. */
async function pdfPages(bytes: Uint8Array): Promise<Converted> {
  let doc;
  try {
    doc = await openPdf(bytes);
  } catch (err) {
    const e = err as Error;
    if (e.name === "PasswordException") return { ok: false, reason: "an encrypted PDF (password-protected); save an unprotected copy" };
    return { ok: false, reason: `not a readable PDF (${e.message}); open and save it again` };
  }
  const pages: PageLines[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items as TextItem[]));
  }
  const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
  await doc.destroy();
  return { ok: true, pages, meta: { title: info.Title, author: info.Author, date: pdfDate(info.CreationDate) } };
}

/** "D:20230314120000Z" → "2023-03-14". */
function pdfDate(value: unknown): string | undefined {
  const m = typeof value === "string" ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Paragraphs as Word keeps them, and the document's core properties. */
async function docxText(bytes: Uint8Array): Promise<Converted> {
  const mammoth = require("mammoth") as typeof import("mammoth");
  const JSZip = require("jszip") as typeof import("jszip");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (err) {
    return { ok: false, reason: `not a readable .docx (${(err as Error).message}); open and save it again as .docx` };
  }
  const { value } = await mammoth.extractRawText({ buffer });
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  return { ok: true, text: value, meta: docxProperties(core) };
}
