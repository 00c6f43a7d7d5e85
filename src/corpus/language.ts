import type { Document } from "./corpus";

/**
 * The language of a document, as an ISO 639-1 code ("en", "zh"): the `language` field when a source
 * states it (manifest, front matter, a page's <html lang>), else detected from the start of its text
 * by tinyld. Detected when first asked for (grouping by language, the corpus listing), so an
 * analysis that never asks pays nothing; "und" when no language can be told.
 */
export function documentLanguage(doc: Pick<Document, "meta" | "text">): string {
  const stated = doc.meta.language;
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
