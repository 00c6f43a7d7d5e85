import type { Document } from "./corpus";

/**
 * The language of a document, as an ISO 639-1 code ("en", "zh"): the `language` field when a source
 * states it (manifest, front matter, a page's <html lang>), else detected from the start of its text
 * by tinyld. Detected when first asked for (grouping by language, the corpus listing), so an
 * analysis that never asks pays nothing; "und" when no language can be told.
 */
export function documentLanguage(doc: Pick<Document, "meta" | "text">): string {
  const stated = statedLanguage(doc.meta);
  if (stated) return stated;
  let found = detected.get(doc);
  if (found === undefined) detected.set(doc, (found = detect(doc.text)));
  return found;
}

/**
 * The language a source states for a document ("en" of "en-GB"), or undefined: never the detected
 * one, which `withLanguageField` may have put behind `meta.language`.
 */
export function statedLanguage(meta: Document["meta"]): string | undefined {
  const own = Object.getOwnPropertyDescriptor(meta, "language");
  const v = own && "value" in own ? own.value : undefined;
  return typeof v === "string" && v.trim() ? v.trim().toLowerCase().split(/[-_]/)[0] : undefined;
}

const detected = new WeakMap<object, string>();

/**
 * The languages a detection may answer: those op-eds are written in. Left to choose among all it
 * knows, tinyld reads a short English paragraph as Latin or Danish now and then.
 */
const OP_ED_LANGUAGES = [
  "en", "zh", "ja", "ko", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "da", "no", "fi",
  "tr", "ar", "fa", "he", "hi", "id", "vi", "th", "el", "hu", "ro",
];
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The language of a text from its first 400 characters: Chinese, Japanese and Korean told by
 * script, English by its function words, the rest by tinyld.
 */
function detect(text: string): string {
  const sample = text.slice(0, 400);
  if (KANA.test(sample)) return "ja";
  if (HANGUL.test(sample)) return "ko";
  if (HAN.test(sample)) return "zh";
  if (readsAsEnglish(sample)) return "en";
  const { detect: tinyld } = require("tinyld") as typeof import("tinyld");
  return tinyld(sample, { only: OP_ED_LANGUAGES }) || "und";
}

/**
 * English function words, without the shortest ones the other languages of `OP_ED_LANGUAGES` use
 * most ("a", "in", "is", "was", "an", "on"). A few left in are words elsewhere too ("at", "for",
 * "to" and "her" in Danish and Norwegian, "to" and "by" in Polish and Czech, "will" in German), but
 * far below a sixth of a text's words: a Danish paragraph written full of them comes to 11%.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and that with for this have from which not but they their been were would there what when will be it to by are or at his her she who you".split(" "),
);
const LATIN_WORD = /[A-Za-z]+/g;

/**
 * Whether a sample reads as English: at least 20 words, at least 15% of them English function
 * words. tinyld weighs letter sequences, so a name reads as its language: an English obituary of
 * Dag Hammarskjold comes out Norwegian, a review of Elisabeth Schwarzkopf German. A sample that
 * does not pass goes to tinyld.
 */
function readsAsEnglish(sample: string): boolean {
  let words = 0;
  let functionWords = 0;
  for (const [w] of sample.matchAll(LATIN_WORD)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) functionWords++;
  }
  return words >= 20 && functionWords >= 0.15 * words;
}

/**
 * The language most of `docs` are in, and whether they are in more than one: a comparison runs
 * within one language unless asked otherwise. Told cheaply where it can be: documents that state
 * no language and hold no Chinese, Japanese or Korean are taken as one language without detection
 * (detecting every document of a large English corpus would cost more than comparing them).
 */
export function mainLanguage(docs: readonly Pick<Document, "meta" | "text">[]): { language: string; mixed: boolean } {
  const cheap = new Set(docs.map((d) => (statedLanguage(d.meta) ? "stated" : CJK.test(d.text.slice(0, 400)) ? "cjk" : "other")));
  if (cheap.size <= 1 && !cheap.has("stated") && !cheap.has("cjk")) return { language: docs.length ? documentLanguage(docs[0]) : "und", mixed: false };
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(documentLanguage(d), (counts.get(documentLanguage(d)) ?? 0) + 1);
  const [language] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? ["und"];
  return { language, mixed: counts.size > 1 };
}

/** Chinese, Japanese or Korean script: text the kit's English lexicons cannot read, and a font needs glyphs for. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
