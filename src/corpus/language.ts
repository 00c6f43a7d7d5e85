import type { Document } from "./corpus";

/**
 * The language of a document, as an ISO 639-1 code ("en", "zh"): the `language` field when a source
 * states it (manifest, front matter, a page's <html lang>), else detected from the start of its text
 * by tinyld. Detected when first asked for (grouping by language, the corpus listing), so an
 * analysis that never asks pays nothing; "und" when no language can be told.
 */
export function documentLanguage(doc: Pick<Document, "meta" | "text">): string {
  // The stated value only: `language` may be the field `withLanguageField` defines, read through this.
  const own = Object.getOwnPropertyDescriptor(doc.meta, "language");
  const stated = own && "value" in own ? own.value : undefined;
  if (typeof stated === "string" && stated.trim()) return stated.trim().toLowerCase().split(/[-_]/)[0];
  let found = detected.get(doc);
  if (found === undefined) detected.set(doc, (found = detect(doc.text)));
  return found;
}

const detected = new WeakMap<object, string>();
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** The language of a text from its first 400 characters: Chinese, Japanese and Korean told by script. */
function detect(text: string): string {
  const sample = text.slice(0, 400);
  if (KANA.test(sample)) return "ja";
  if (HANGUL.test(sample)) return "ko";
  if (HAN.test(sample)) return "zh";
  const { detect: tinyld } = require("tinyld") as typeof import("tinyld");
  return tinyld(sample) || "und";
}

/**
 * The language most of `docs` are in, and whether they are in more than one: a comparison runs
 * within one language unless asked otherwise. Told cheaply where it can be: documents that state
 * no language and hold no Chinese, Japanese or Korean are taken as one language without detection
 * (detecting every document of a large English corpus would cost more than comparing them).
 */
export function mainLanguage(docs: readonly Pick<Document, "meta" | "text">[]): { language: string; mixed: boolean } {
  const cheap = new Set(docs.map((d) => (typeof d.meta.language === "string" && d.meta.language.trim() ? "stated" : CJK.test(d.text.slice(0, 400)) ? "cjk" : "other")));
  if (cheap.size <= 1 && !cheap.has("stated") && !cheap.has("cjk")) return { language: docs.length ? documentLanguage(docs[0]) : "und", mixed: false };
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(documentLanguage(d), (counts.get(documentLanguage(d)) ?? 0) + 1);
  const [language] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? ["und"];
  return { language, mixed: counts.size > 1 };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const documentOf = new WeakMap<object, Pick<Document, "meta" | "text">>();

/** The `language` field of a document that states none: detected when first read. */
function detectedField(this: object): string {
  return documentLanguage(documentOf.get(this)!);
}

/**
 * Gives a loaded document the field `language` when no source states it: `doc.meta.language` is
 * then its detected language, computed when first read (one getter for all documents; not
 * enumerated, so the corpus hash and the metadata tables list stated fields only).
 */
export function withLanguageField(doc: Pick<Document, "meta" | "text">): void {
  if (Object.prototype.hasOwnProperty.call(doc.meta, "language")) return;
  documentOf.set(doc.meta, doc);
  Object.defineProperty(doc.meta, "language", { get: detectedField, enumerable: false, configurable: true });
}
