import { cleanText } from "./clean";
import type { CleanRules } from "./cleanRules";
import { parseDateLine } from "./dates";

export interface InferredMetadata {
  title?: string;
  author?: string;
  date?: string;
}

const BULLET = /^[•·*\-]+\s*/;
const AUTHOR_TITLE = /^([^,"]{2,60}),\s*"(.+)"\s*$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Metadata a plain text states about itself in its header, as web captures do: a date line, a
 * title line, a byline ("• Tang Lan", "By Tang Lan", or `Author,"Title"`). Only lines that cleaning
 * puts before the body are read, so a sentence of the article is never taken for a title.
 */
export function inferMetadata(raw: string, rules: CleanRules): InferredMetadata {
  const { text, removed } = cleanText(raw, {}, rules);
  const out: InferredMetadata = {};
  // `Author,"A title long enough to pass for a sentence"` ends in a quote, so cleaning without a
  // title keeps it as body: read the first body line too, for that form only.
  const firstLine = text.split("\n")[0] ?? "";
  const headed = AUTHOR_TITLE.test(firstLine) ? [{ kind: "header", text: firstLine }] : [];
  for (const r of [...removed, ...headed]) {
    if (r.kind === "dateline") {
      out.date ??= parseDateLine(r.text);
      continue;
    }
    if (r.kind !== "header") continue;
    const line = r.text.trim();
    const quoted = AUTHOR_TITLE.exec(line);
    if (quoted) {
      out.author ??= quoted[1].trim();
      out.title ??= quoted[2].trim();
    } else if (BULLET.test(line) && words(line.replace(BULLET, "")) <= 5) {
      out.author ??= line.replace(BULLET, "").trim();
    } else if (/^by\s+\S/i.test(line) && words(line) <= 7) {
      out.author ??= line.replace(/^by\s+/i, "").trim();
    } else if (!out.title && words(line) >= 2 && words(line) <= 30 && !/[.;:]$/.test(line)) {
      out.title = line;
    }
  }
  return out;
}
