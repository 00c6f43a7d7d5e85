/**
 * Plain text of a Markdown body, line for line, so that markup is not counted as words: parsed by
 * markdown-it (a CommonMark parser), each block's text put back on the lines it came from. Headings,
 * emphasis (nested or not), links and reference links keep their text; URLs, images, reference
 * definitions, list and quote markers, rules and HTML tags go; code keeps its text; a table keeps its
 * cells' text, a row per line; character references are decoded. Line breaks are kept, so
 * paragraphs and line numbers survive. Text without Markdown punctuation or character references is
 * returned as it is, unparsed; text whose only markup is backslash escapes (as converters such as
 * pandoc write them) has its escapes undone, unparsed.
 */
import MarkdownItModule = require("markdown-it");

type MarkdownIt = InstanceType<typeof MarkdownItModule>;
type Token = ReturnType<MarkdownIt["parse"]>[number];

/** What can make Markdown markup: characters anywhere, a link's brackets, a marker that opens a line. */
const MARKUP_CHARACTERS = ["*", "_", "`", "<", ">", "#", "|", "~", "\\"];
const LINK = /!?\[[^\]\n]*\]/;
/** A list item's marker, a setext heading's underline or code's indent, tried where a line starts. */
const MARKER_AT = /(?:\s{0,3}(?:[-+=]|\d{1,9}[.)])(?:\s|$)| {4}|\t)/y;
// A line's start written out rather than with the m flag, under which V8 tries every position.
const LINE_MARKER = /(?:^|[\n\r\u2028\u2029])(?:\s{0,3}(?:[-+=]|\d{1,9}[.)])(?:\s|$)| {4}|\t)/;

/** A character reference (`&amp;`, `&#8212;`), which the parser decodes. */
const ENTITY = /&(?:#[0-9]{1,7}|#[Xx][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** A backslash before ASCII punctuation: CommonMark's escape, the character itself as text. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Whether `md` holds a markup character. `includes` scans for one character many times faster than
 * an expression tests each character against a set, so nine scans cost less than one test.
 */
const hasMarkupCharacter = (md: string): boolean => MARKUP_CHARACTERS.some((c) => md.includes(c));

/**
 * Whether a line of `md` opens with a marker, tried at each line's start rather than looked for at
 * every character. A carriage return or a Unicode line break also starts a line: a text holding one
 * is searched by the expression.
 */
export function hasLineMarker(md: string): boolean {
  if (md.includes("\r") || md.includes("\u2028") || md.includes("\u2029")) return LINE_MARKER.test(md);
  for (let at = 0; ; ) {
    MARKER_AT.lastIndex = at;
    if (MARKER_AT.test(md)) return true;
    const end = md.indexOf("\n", at);
    if (end < 0) return false;
    at = end + 1;
  }
}

/**
 * No markup character, link or character reference. A link needs a "[" and a reference an "&",
 * which `includes` finds faster than the expressions can look for them.
 */
const bare = (md: string): boolean =>
  !hasMarkupCharacter(md) && (!md.includes("[") || !LINK.test(md)) && (!md.includes("&") || !ENTITY.test(md));

/** A text with no markup-like character, link, character reference or line marker: nothing for the parser. */
const plain = (md: string): boolean => bare(md) && !hasLineMarker(md);

/**
 * The text of Markdown whose only markup is backslash escapes, the escapes undone: what the parser
 * makes of it, line for line. Undefined when anything else is left once the escapes are taken out
 * (a backslash before a letter or at a line's end among them), for the parser to read.
 */
export function escapedText(md: string): string | undefined {
  if (!md.includes("\\") || hasLineMarker(md)) return undefined;
  const left = md.replace(ESCAPE, "");
  return bare(left) ? md.replace(ESCAPE, "$1") : undefined;
}

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (!parser) {
    const Md = require("markdown-it") as typeof MarkdownItModule;
    parser = new Md({ html: true, linkify: false, typographer: false });
  }
  return parser;
}

/** The text of an inline token: its words, without markup; a line break where the source has one. */
function inlineText(token: Token): string {
  let out = "";
  for (const c of token.children ?? []) {
    if (c.type === "text" || c.type === "code_inline") out += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") out += "\n";
  }
  return out;
}

const stripTags = (s: string) => s.replace(/<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g, "");

export function markdownToText(md: string): string {
  if (plain(md)) return md;
  return escapedText(md) ?? parsedText(md);
}

/** The text of any Markdown, read by markdown-it: what `markdownToText` returns when it must parse. */
export function parsedText(md: string): string {
  const lines: string[] = md.split("\n").map(() => "");
  const put = (line: number, text: string) => {
    text.split("\n").forEach((t, i) => {
      const at = line + i;
      if (at < lines.length) lines[at] = lines[at] ? `${lines[at]} ${t}` : t;
    });
  };
  // A table cell's inline token has no line of its own: it stands on its row's line.
  let rowLine = 0;
  for (const t of markdownIt().parse(md, {})) {
    if (t.type === "tr_open" && t.map) rowLine = t.map[0];
    else if (t.type === "inline") put(t.map ? t.map[0] : rowLine, inlineText(t));
    else if ((t.type === "fence" || t.type === "code_block") && t.map) put(t.map[0] + (t.type === "fence" ? 1 : 0), t.content.replace(/\n$/, ""));
    else if (t.type === "html_block" && t.map) put(t.map[0], stripTags(t.content).replace(/\n$/, ""));
  }
  return lines.join("\n");
}
