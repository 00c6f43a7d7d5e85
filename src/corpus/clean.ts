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
const BY = /by\s+/y;
const SENTENCE_END = /[.!?;:"')\]]$/;
const WORD = /\S+/g;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `line` has at least `min` words (runs between whitespace holding a letter or digit).
 * Counting stops at `min`: the first line of a body is often a whole paragraph.
 */
function hasWords(line: string, min: number): boolean {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m; (m = WORD.exec(line)) !== null; ) if (HAS_WORD_CHAR.test(m[0]) && ++n >= min) return true;
  return false;
}

type CompiledRule = CleanRules["lines"][number] & { re: RegExp };

interface CompiledRules {
  lines: CompiledRule[];
  /**
   * The line rules joined into a few expressions (by flags, and whether they start with ^): a line
   * none of them matches (most lines of a body) skips the rules. Null when the rules cannot be
   * joined (a back-reference would point at another rule's group once they are).
   */
  screens: RegExp[] | null;
}

// Compiled once per rule set, not once per document.
const compiledRules = new WeakMap<CleanRules, CompiledRules>();

function compileRules(rules: CleanRules): CompiledRules {
  let out = compiledRules.get(rules);
  if (!out) {
    const lines = rules.lines.map((r) => ({ ...r, re: new RegExp(r.pattern, r.flags.replace("g", "")) }));
    compiledRules.set(rules, (out = { lines, screens: screensOf(lines) }));
  }
  return out;
}

function screensOf(lines: CompiledRule[]): RegExp[] | null {
  if (lines.some((r) => /\\[1-9]|\\k</.test(r.pattern))) return null;
  // Rules that start with ^ are joined apart from the others: joined with a rule that can match
  // anywhere, they would be tried at every place in the line, not only at its start.
  const bySet = new Map<string, { flags: string; patterns: string[] }>();
  for (const r of lines) {
    const key = `${r.re.flags}${r.pattern.startsWith("^") ? "^" : ""}`;
    let set = bySet.get(key);
    if (!set) bySet.set(key, (set = { flags: r.re.flags, patterns: [] }));
    set.patterns.push(`(?:${r.pattern})`);
  }
  try {
    return [...bySet.values()].map(({ flags, patterns }) => new RegExp(patterns.join("|"), flags));
  } catch {
    return null; // e.g. two rules naming a group alike
  }
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
  const text = normalizeText(raw.replace(/^\uFEFF/, ""));
  const lines = text.split("\n");
  const { lines: compiled, screens } = compileRules(rules);
  const title = meta.title ? normalizeText(meta.title).trim().toLowerCase() : "";
  const author = meta.author ? normalizeText(meta.author).trim().toLowerCase() : "";
  const removed: RemovedLine[] = [];
  // null = removed; otherwise the (possibly prefix-stripped) trimmed line.
  const kept: (string | null)[] = [];

  const authorComma = author + ",";
  // Lower-casing every line to look for the title and author is most of the cleaning's cost. In
  // plain ASCII a line's lower case is as long as the line, so a line longer than twice the title
  // cannot be the title line, and a line that starts with neither a bullet, "by" nor the author's
  // first letter (in either case) cannot be a byline. (Other texts are looked at line by line.)
  const ascii = Buffer.byteLength(text, "utf8") === text.length;
  const maybeTitle = rules.title && title !== "";
  const maybeAuthor = rules.byline && author !== "";
  const authorFirst = author.charCodeAt(0) | 32;

  for (let i = 0; i < lines.length; i++) {
    let line: string | null = lines[i].trim();
    if (line !== "" && (screens === null || screens.some((re) => re.test(line!)))) {
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
    }
    if (
      line &&
      ((maybeTitle && (!ascii || line.length <= 2 * title.length)) ||
        (maybeAuthor && (!ascii || startsLikeByline(line, authorFirst))))
    ) {
      const lower = line.toLowerCase();
      // The title line may carry more (an author glued to it), but the title must be most of it:
      // a body sentence that merely contains a short title ("Cyber") stays.
      if (maybeTitle && title.length >= lower.length / 2 && lower.includes(title)) {
        removed.push({ line: i + 1, text: line, rule: "title", kind: "title" });
        line = null;
      } else if (maybeAuthor && isByline(lower, author, authorComma)) {
        removed.push({ line: i + 1, text: line, rule: "byline", kind: "byline" });
        line = null;
      }
    }
    kept.push(line);
  }

  if (rules.header) {
    // The body starts at the first sentence of `bodyMinWords` words, or at a salutation ("My
    // countrymen,", "Dear Editor,"): a line ending in a comma is never a title, byline or date.
    const firstBody = kept.findIndex((l) => l !== null && (l.endsWith(",") || (SENTENCE_END.test(l) && hasWords(l, rules.bodyMinWords))));
    for (let i = 0; i < firstBody; i++) {
      const l = kept[i];
      if (l) {
        removed.push({ line: i + 1, text: l, rule: "header", kind: "header" });
        kept[i] = null;
      }
    }
  }

  removed.sort((a, b) => a.line - b.line);
  return { text: keptWhole(text, lines, kept) ?? paragraphsOf(kept), removed };
}

/** Consecutive kept lines form a paragraph; blank or removed lines end it. */
function paragraphsOf(kept: readonly (string | null)[]): string {
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
  return paragraphs.join("\n\n");
}

/**
 * `text` up to its last non-blank line, when that is what its paragraphs would be joined into:
 * every line kept as written, no blank line before the first paragraph, single blank lines between
 * them. Most texts come through whole, and a slice of the text is not a copy of it. Null otherwise.
 */
function keptWhole(text: string, lines: readonly string[], kept: readonly (string | null)[]): string | null {
  let end = 0;
  let at = 0;
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (kept[i] !== line) return null;
    if (line === "") blanks++;
    else {
      if (end === 0 ? blanks > 0 : blanks > 1) return null;
      blanks = 0;
      end = at + line.length;
    }
    at += line.length + 1;
  }
  return text.slice(0, end);
}

/**
 * Whether an ASCII line may be a byline of an author whose name starts with `first` (its code with
 * the lower-case bit set): it starts with a bullet ("*", "-"), with "by", or with that letter in
 * either case. Setting the bit folds ASCII capitals; the few other codes it makes alike only let
 * a line through to the full test.
 */
function startsLikeByline(line: string, first: number): boolean {
  const c = line.charCodeAt(0) | 32;
  return c === first || c === 98 || c === 42 || c === 45;
}

/**
 * A lower-cased line that is the author ("tang lan"), bulleted or after "by" ("• by tang lan"),
 * or starts with the author and a comma ("tang lan, senior fellow").
 */
function isByline(lower: string, author: string, authorComma: string): boolean {
  const unbulleted = BULLETS.exec(lower)?.[0].length ?? 0;
  BY.lastIndex = unbulleted;
  const from = BY.exec(lower) ? BY.lastIndex : unbulleted;
  return (lower.length - from === author.length && lower.startsWith(author, from)) || lower.startsWith(authorComma, from);
}
