/**
 * A PDF's text layer as an article: pages are lists of lines (read top to bottom by pdf.js); this
 * joins them into paragraphs, leaving out what a page carries that is not the article.
 *
 * - Running headers and footers: a line among the first or last two of a page that recurs, digits
 *   aside, on at least half the pages (and on two or more) is left out, as is a line that is only
 *   a page number ("3", "- 3 -", "Page 3 of 9").
 * - Hyphenation at line ends: "coopera-" then "tion" is "cooperation" when the next line goes on in
 *   lower case; "China-" then "US" keeps its hyphen.
 * - Paragraphs end at a blank line (a larger gap between lines, marked by pdf.js reading) and at a
 *   page break after a line that ends a sentence; otherwise a paragraph runs on across the break.
 */
import { oneSpace } from "./normalize";

/** One page: its lines, a blank line "" where the gap between two lines was a paragraph's. */
export type PageLines = string[];

/** A run of text on a page as pdf.js reads it: its string, its transform (baseline y at [5]) and type height. */
export interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/**
 * A page's lines from its text items, with "" where the gap between two lines is a paragraph's: wider
 * than 1.6 times the page's line spacing, the narrowest gap between two of its lines. The narrowest
 * of the whole page, not of the lines above a gap: a page may open with one-line paragraphs
 * (dialogue, a list of short points).
 */
export function pageLines(items: readonly TextItem[]): PageLines {
  const rows: { text: string; y: number }[] = [];
  let text = "";
  let lastY: number | undefined;
  for (const item of items) {
    const y = item.transform[5];
    if (lastY !== undefined && Math.abs(y - lastY) > item.height / 2) {
      if (text) rows.push({ text, y: lastY });
      text = "";
    }
    text += item.str;
    if (item.str) lastY = y;
  }
  if (text && lastY !== undefined) rows.push({ text, y: lastY });
  const gaps = rows.slice(1).map((r, i) => rows[i].y - r.y);
  const spacing = Math.min(...gaps.filter((g) => g > 0));
  const lines: PageLines = [];
  rows.forEach((r, i) => {
    if (i > 0 && gaps[i - 1] > spacing * 1.6) lines.push("");
    lines.push(r.text);
  });
  return lines;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(?:(?:of|\/)\s*\d{1,4})?$/i;
const SENTENCE_END = /[.!?:;"'”’)\]。！？]$/;

/** A line as its recurring shape: digits folded, so "Page 3" and "Page 4" are one header. */
const shape = (line: string) => line.trim().replace(/\d+/g, "#").toLowerCase();

/** The lines that repeat at the top or bottom of at least half the pages. */
function runningLines(pages: readonly PageLines[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const lines = page.filter((l) => l.trim() !== "");
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape));
    for (const s of edges) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= needed).map(([s]) => s));
}

/** The article text of a PDF's pages. */
export function pdfPagesToText(pages: readonly PageLines[]): string {
  const running = pages.length > 1 ? runningLines(pages) : new Set<string>();
  const paragraphs: string[] = [];
  let current = "";
  const end = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = "";
  };
  for (const page of pages) {
    const lines = page.map((l) => oneSpace(l).trim());
    const edges = new Set([0, 1, lines.length - 2, lines.length - 1]);
    lines.forEach((line, i) => {
      if (line === "") return end();
      if (PAGE_NUMBER.test(line) || (edges.has(i) && running.has(shape(line)))) return;
      current = joinLine(current, line);
    });
    // A page break ends a paragraph only where a sentence ends.
    if (SENTENCE_END.test(current.trim())) end();
  }
  end();
  return paragraphs.join("\n\n");
}

/** `line` appended to a paragraph: a hyphen at the end joins a word broken across lines. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph === "") return line;
  if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}
