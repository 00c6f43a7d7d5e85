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
  let data: unknown = plainFields(yaml);
  if (data === undefined) {
    // Dates stay strings (YAML 1.2 core schema): "2022-03-03" must not become a Date at midnight UTC.
    // The YAML parser is loaded on the first front matter it is needed for.
    const { parse } = require("yaml") as typeof import("yaml");
    try {
      data = parse(yaml, { schema: "core" }) ?? {};
    } catch (err) {
      throw new Error(yamlProblem(err as Error & { code?: string; linePos?: { line: number; col: number }[] }, yaml));
    }
  }
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("front matter must be key: value lines");
  const after = rest.slice(close.index + close[0].length).replace(/^\r?\n/, "");
  const lines = text.slice(0, text.length - after.length).split("\n").length - 1;
  return { data: data as Record<string, unknown>, body: after, lines };
}

/** `key: value`, the value a plain word or phrase: what almost every front matter is made of. */
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +([\p{L}\p{N}][\p{L}\p{N} .,'’()/_+-]*?))? *$/u;
const INT = /^[0-9]+$/;
const FLOAT = /^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;

/**
 * The fields of a block of plain `key: value` lines, read as YAML's core schema reads them (null,
 * true/false, integers and decimals as numbers, anything else as the string written), without the
 * YAML parser, which costs more per file than counting a short text's words. Undefined for anything
 * else (quotes, colons, lists, comments, a repeated key, 0x and 0o numbers), which the parser reads.
 */
export function plainFields(block: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const line of block.split("\n")) {
    if (line.trim() === "") continue;
    const m = PLAIN_LINE.exec(line);
    if (!m || m[1] === "__proto__" || Object.prototype.hasOwnProperty.call(data, m[1])) return undefined;
    const v = m[2];
    if (v === undefined || /^(?:null|Null|NULL)$/.test(v)) data[m[1]] = null;
    else if (/^(?:true|True|TRUE)$/.test(v)) data[m[1]] = true;
    else if (/^(?:false|False|FALSE)$/.test(v)) data[m[1]] = false;
    else if (/^0[ox]/.test(v)) return undefined;
    else if (INT.test(v) || FLOAT.test(v)) data[m[1]] = Number(v);
    else data[m[1]] = v;
  }
  return data;
}

/**
 * A YAML error as one line a person can act on: where it is, counted from the top of the file (the
 * block starts on line 2, after its ---), the line itself, and what to do.
 */
function yamlProblem(err: Error & { code?: string; linePos?: { line: number; col: number }[] }, yaml: string): string {
  const lines = yaml.split("\n");
  const quote = (i: number) => `line ${i + 2}: ${JSON.stringify(lines[i].trim())}`;
  // A bracket opened and never closed: the parser only notices lines later.
  const open = lines.findIndex((l) => (l.match(/[[{]/g) ?? []).length > (l.match(/[\]}]/g) ?? []).length);
  if (open >= 0) return `${quote(open)}: a [ or { is never closed; close it, or put the value in quotes`;
  const at = err.linePos?.[0];
  if (!at || lines[at.line - 1] === undefined) return err.message.split("\n")[0];
  const line = lines[at.line - 1];
  if (err.code === "BLOCK_AS_IMPLICIT_KEY" || /: /.test(line.slice(line.indexOf(":") + 1))) {
    return `${quote(at.line - 1)}: a value holds a colon; put it in quotes (title: "Cyber: the new frontier")`;
  }
  return `${quote(at.line - 1)}: ${err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
}
