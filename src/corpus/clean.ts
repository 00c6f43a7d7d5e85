import { type CleanRules, type RemovedKind, defaultCleanRules } from "./cleanRules";
import { normalizeText } from "./normalize";

/** A line (or the start of one) that cleaning took out of the body, and the rule that did it. */
export interface RemovedLine {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
  rule: string;
  kind: RemovedKind;
}

export interface CleanResult {
  /** The analysed body: paragraphs separated by a blank line. */
  text: string;
  removed: RemovedLine[];
}

const BULLETS = /^[•·*\-]+\s*/;
const SENTENCE_END = /[.!?;:"')\]]$/;

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Compiled once per rule set, not once per document.
const compiledRules = new WeakMap<CleanRules, (CleanRules["lines"][number] & { re: RegExp })[]>();

function compileRules(rules: CleanRules) {
  let out = compiledRules.get(rules);
  if (!out) compiledRules.set(rules, (out = rules.lines.map((r) => ({ ...r, re: new RegExp(r.pattern, r.flags.replace("g", "")) }))));
  return out;
}

/**
 * Separates the article body from its title, byline, date line and site chrome, and keeps every
 * removed line so the cleaning can be audited. Rules are applied in this order: the line rules
 * (chrome and date lines), then the manifest title and author, then the header rule.
 */
export function cleanText(
  raw: string,
  meta: { title?: string; author?: string } = {},
  rules: CleanRules = defaultCleanRules,
): CleanResult {
  const lines = normalizeText(raw.replace(/^\uFEFF/, "")).split("\n");
  const compiled = compileRules(rules);
  const title = meta.title ? normalizeText(meta.title).trim().toLowerCase() : "";
  const author = meta.author ? normalizeText(meta.author).trim().toLowerCase() : "";
  const removed: RemovedLine[] = [];
  // null = removed; otherwise the (possibly prefix-stripped) trimmed line.
  const kept: (string | null)[] = [];

  lines.forEach((original, i) => {
    let line: string | null = original.trim();
    for (const rule of compiled) {
      if (line === null || line === "") break;
      const m = rule.re.exec(line);
      if (!m) continue;
      if (rule.strip === "prefix" && m.index === 0 && m[0].length < line.length) {
        removed.push({ line: i + 1, text: m[0].trim(), rule: rule.name, kind: rule.kind });
        line = line.slice(m[0].length).trim();
      } else {
        removed.push({ line: i + 1, text: line, rule: rule.name, kind: rule.kind });
        line = null;
      }
    }
    if (line) {
      const lower = line.toLowerCase();
      const unbulleted = lower.replace(BULLETS, "").replace(/^by\s+/, "");
      // The title line may carry more (an author glued to it), but the title must be most of it:
      // a body sentence that merely contains a short title ("Cyber") stays.
      if (rules.title && title && lower.includes(title) && title.length >= lower.length / 2) {
        removed.push({ line: i + 1, text: line, rule: "title", kind: "title" });
        line = null;
      } else if (rules.byline && author && (unbulleted === author || unbulleted.startsWith(author + ","))) {
        removed.push({ line: i + 1, text: line, rule: "byline", kind: "byline" });
        line = null;
      }
    }
    kept.push(line);
  });

  if (rules.header) {
    const firstBody = kept.findIndex(
      (l) => l !== null && wordCount(l) >= rules.bodyMinWords && SENTENCE_END.test(l),
    );
    for (let i = 0; i < firstBody; i++) {
      const l = kept[i];
      if (l) {
        removed.push({ line: i + 1, text: l, rule: "header", kind: "header" });
        kept[i] = null;
      }
    }
  }

  // Consecutive kept lines form a paragraph; blank or removed lines end it.
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const l of kept) {
    if (l) current.push(l);
    else if (current.length) {
      paragraphs.push(current.join("\n"));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join("\n"));

  removed.sort((a, b) => a.line - b.line);
  return { text: paragraphs.join("\n\n"), removed };
}
