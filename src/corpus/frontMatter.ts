export interface FrontMatter {
  /** The YAML fields, as parsed (dates as written, e.g. "2022-03-03"). */
  data: Record<string, unknown>;
  /** The text after the closing `---`. */
  body: string;
  /** Lines the front matter took, so line numbers in the body can be reported against the file. */
  lines: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits YAML front matter (`---` … `---` at the very top of a Markdown or text file) from the
 * body. Returns null when the file has none. Throws an Error with YAML's message when the block
 * is not valid YAML or not a mapping; the caller adds the file name.
 */
export function splitFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new Error("front matter opened with --- is never closed; add a line --- after it");
  const yaml = rest.slice(0, close.index);
  // Dates stay strings (YAML 1.2 core schema): "2022-03-03" must not become a Date at midnight UTC.
  // The YAML parser is loaded on the first front matter: many corpora (plain text) never need it.
  const { parse } = require("yaml") as typeof import("yaml");
  const data: unknown = parse(yaml, { schema: "core" }) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("front matter must be key: value lines");
  const after = rest.slice(close.index + close[0].length).replace(/^\r?\n/, "");
  const lines = text.slice(0, text.length - after.length).split("\n").length - 1;
  return { data: data as Record<string, unknown>, body: after, lines };
}
