import { extname } from "node:path";
import { DiscourseError } from "../errors";
import { type Converted, convertDocument } from "./convertDocument";
import { isIsoDate } from "./dates";
import { type EncodingSource, type TextEncoding, decodeText } from "./decode";
import { pdfPagesToText } from "./pdfText";
import { plainDocxText } from "./plainDocx";
import { type TableFormat, tableFormat } from "./tableFile";
import { splitFrontMatter } from "./frontMatter";
import { extractHtmlArticle } from "./htmlArticle";
import { markdownToText } from "./markdown";
import { lfLineEnds } from "./normalize";
import type { MetaValue } from "./schema";

/** How a file is read: as text, Markdown, a web page, a PDF's text layer, a Word file, or a table of op-eds. */
export type SourceFormat = "txt" | "md" | "html" | "pdf" | "docx" | TableFormat;

/** File extensions read as one document each, and how (tables: ./tableFile.ts). */
const SOURCE_FORMATS: Record<string, SourceFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

export function sourceFormat(file: string): SourceFormat | undefined {
  return SOURCE_FORMATS[extname(file).toLowerCase()] ?? tableFormat(file);
}

/** The extensions the kit reads, for messages about the others. */
export const READ_EXTENSIONS = ".txt, .md, .html, .pdf, .docx, .csv, .tsv, .xlsx, .jsonl or .json";

export interface SourceText {
  format: SourceFormat;
  encoding: TextEncoding;
  encodingSource: EncodingSource;
  /** How sure the guess of a detected encoding is (0–100). */
  confidence?: number;
  /** The text to clean and analyse: front matter removed, Markdown unmarked, HTML reduced to its article. */
  body: string;
  /** Metadata the file states itself: front matter fields, or the page's own metadata. */
  meta: Record<string, MetaValue>;
  /** A PDF's or Word file's document properties (title, author, created date): the least trusted metadata. */
  properties?: Record<string, MetaValue>;
}

export type SourceResult = { ok: true; source: SourceText } | { ok: false; reason: string };

/**
 * Reads one document file: decodes its bytes, then by format takes YAML front matter (.txt, .md),
 * strips Markdown markup (.md) or extracts the article and its metadata (.html). A file that holds
 * no readable text is `ok: false` with the reason, for the caller to skip with a warning; a file
 * whose metadata is malformed throws a DiscourseError naming it.
 */
export function readSource(bytes: Uint8Array, file: string, encoding?: string): SourceResult {
  const format = sourceFormat(file);
  if (!format || tableFormat(file)) return { ok: false, reason: `unsupported file type "${extname(file)}"; use ${READ_EXTENSIONS}` };
  if (format === "pdf" || format === "docx") return convertedSource(bytes, format);
  const decoded = decodeText(bytes, encoding);
  const read = { encoding: decoded.ok ? decoded.encoding : "", encodingSource: decoded.ok ? decoded.source : "unicode", ...(decoded.ok && decoded.confidence !== undefined ? { confidence: decoded.confidence } : {}) } as const;
  if (!decoded.ok) return decoded;
  const unmarked = decoded.text.replace(/^\uFEFF/, "");
  const text = lfLineEnds(unmarked);

  if (format === "html") {
    const article = extractHtmlArticle(text);
    if (!article.text.trim()) return { ok: false, reason: "no article text found in the page" };
    return { ok: true, source: { format, ...read, body: article.text, meta: article.meta } };
  }

  let body = text;
  let meta: Record<string, MetaValue> = {};
  let front;
  try {
    front = splitFrontMatter(text);
  } catch (err) {
    throw new DiscourseError(`front matter: ${(err as Error).message.split("\n")[0]}`, { file });
  }
  if (front) {
    body = front.body;
    meta = scalarFields(front.data, file);
  }
  if (format === "md") body = markdownToText(body);
  if (!body.trim()) return { ok: false, reason: "empty (no text after the front matter)" };
  return { ok: true, source: { format, ...read, body, meta } };
}

/** Front matter values as groupable scalars: lists become "a; b"; nested maps are refused. */
function scalarFields(data: Record<string, unknown>, file: string): Record<string, MetaValue> {
  const out: Record<string, MetaValue> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) out[key] = value as MetaValue;
    else if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) out[key] = value.join("; ");
    else throw new DiscourseError("a nested value cannot be used as a document field; write it as one line of text", { file, field: key });
  }
  return out;
}

/** A PDF's or Word file's text; a PDF without a text layer is refused with the reason. */
function convertedSource(bytes: Uint8Array, format: "pdf" | "docx"): SourceResult {
  const plain = format === "docx" ? plainDocxText(bytes) : null;
  const got: Converted = plain ? { ok: true, ...plain } : convertDocument(bytes, format);
  if (!got.ok) return got;
  const body = got.pages ? pdfPagesToText(got.pages) : lfLineEnds(got.text ?? "").replace(/\n{3,}/g, "\n\n");
  if (!body.trim()) return { ok: false, reason: format === "pdf" ? "no text layer (scanned image?); run it through OCR first" : "empty (no text)" };
  const properties: Record<string, MetaValue> = {};
  for (const [k, v] of Object.entries(got.meta)) if (typeof v === "string" && v.trim()) properties[k] = v.trim();
  if (typeof properties.date === "string" && !isIsoDate(properties.date)) delete properties.date;
  return { ok: true, source: { format, encoding: format === "pdf" ? "text layer" : "utf-8", encodingSource: "unicode", body, meta: {}, properties } };
}
