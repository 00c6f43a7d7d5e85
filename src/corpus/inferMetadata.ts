import { cleanText } from "./clean";
import type { CleanRules } from "./cleanRules";
import { parseDateLine } from "./dates";

export interface InferredMetadata {
  fields: { title?: string; author?: string; date?: string };
  /** A header line that looks like a date but names no certain day ("03/04/2023"): for a warning. */
  unreadDate?: string;
}

const BULLET = /^[•·*\-]+\s*/;
const AUTHOR_TITLE = /^([^,"]{2,60}),\s*"(.+)"\s*$/;
/** Digits in a date's shape that `parseDateLine` cannot read for certain: 03/04/2023, 4.3.23. */
const NUMERIC_DATE = /^\D{0,20}\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

type HeaderLine = { kind: string; text: string };

/**
 * Metadata a plain text states about itself in its header, as web captures do: a date line, a
 * title line, a byline ("• Tang Lan", "By Tang Lan", or `Author,"Title"`). Only lines that cleaning
 * puts before the body are read, so a sentence of the article is never taken for a title; and a
 * line is a title only on strong evidence: the header also holds a byline or a date line. A speech
 * that opens "My countrymen," has no title in it.
 */
export function inferMetadata(raw: string, rules: CleanRules): InferredMetadata {
  const { text, removed } = cleanText(raw, {}, rules);
  const out: InferredMetadata = { fields: {} };
  const fields = out.fields;
  // `Author,"A title long enough to pass for a sentence"` ends in a quote, so cleaning without a
  // title keeps it as body: read the first body line too, for that form only.
  const firstLine = text.split("\n")[0] ?? "";
  const header: HeaderLine[] = [...removed, ...(AUTHOR_TITLE.test(firstLine) ? [{ kind: "header", text: firstLine }] : [])];
  const titled = header.some((r) => r.kind === "dateline" || isByline(r.text.trim()) || datedLine(r.text.trim()) !== undefined);
  for (const r of header) {
    const line = r.text.trim();
    if (r.kind === "dateline") {
      fields.date ??= parseDateLine(line);
      continue;
    }
    if (r.kind !== "header") continue;
    const quoted = AUTHOR_TITLE.exec(line);
    if (quoted) {
      fields.author ??= quoted[1].trim();
      fields.title ??= quoted[2].trim();
    } else if (isByline(line)) {
      fields.author ??= line.replace(BULLET, "").replace(/^by\s+/i, "").trim();
    } else if (NUMERIC_DATE.test(line) && !parseDateLine(line)) {
      out.unreadDate ??= line;
    } else if (datedLine(line)) {
      fields.date ??= datedLine(line);
    } else if (titled && !fields.title && words(line) >= 2 && words(line) <= 30 && !/[.;:,]$/.test(line)) {
      fields.title = line;
    }
  }
  return out;
}

/** The day a short header line names beside other words ("Beijing Review, 12 March 2020"), or undefined. */
function datedLine(line: string): string | undefined {
  return words(line) <= 8 ? parseDateLine(line) : undefined;
}

/** "• Tang Lan" (a bullet and up to five words) or "By Tang Lan" (up to seven). */
function isByline(line: string): boolean {
  return (BULLET.test(line) && words(line.replace(BULLET, "")) <= 5) || (/^by\s+\S/i.test(line) && words(line) <= 7);
}
