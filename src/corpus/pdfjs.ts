/**
 * pdf.js as the kit opens a PDF: its legacy build (the one that runs on Node 20), with the engine's
 * own `Array.prototype.push` put back.
 *
 * The legacy build bundles core-js, which on V8 before 12.2 (Node 20) replaces the native `push`
 * with one written in JavaScript, for a TypeError that pushing onto an array with a frozen length
 * should raise: a case pdf.js never meets. Every push in the thread then costs several times as
 * much, and pdf.js builds a page's text a glyph, a transform and an item at a time. Its worker code,
 * loaded with the first document, brings the same polyfill, so the native `push` is put back after
 * each document is opened.
 */
const NATIVE_PUSH = Array.prototype.push;

// A real import(): pdf.js ships as ES modules only, and this file is compiled to CommonJS.
const importModule = new Function("specifier", "return import(specifier)") as (s: string) => Promise<any>;

/** A document opened by pdf.js (its `PDFDocumentProxy`): pages, metadata, `destroy()`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PdfDocument = any;

/** Opens a PDF's bytes with pdf.js: no fonts loaded, no script evaluated, nothing printed. */
export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await importModule("pdfjs-dist/legacy/build/pdf.mjs");
  try {
    return await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } finally {
    if (Array.prototype.push !== NATIVE_PUSH) {
      Object.defineProperty(Array.prototype, "push", { value: NATIVE_PUSH, writable: true, enumerable: false, configurable: true });
    }
  }
}
