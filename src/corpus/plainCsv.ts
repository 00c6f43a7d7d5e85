/**
 * A CSV or TSV table read from its UTF-8 bytes, for the tables most files are: a header row, then
 * rows of as many fields, each field bare or quoted ("" for a quote inside), rows ending in "\n" or
 * "\r\n" (whichever the first line break outside quotes is), blank lines left out. Its records
 * equal csv-parse's with the options `readTable` gives it (header names trimmed,
 * `skip_empty_lines`); a seeded test holds it to that.
 *
 * Anything else is not decided here: a quote inside a bare field or text after a closing quote, a
 * row with another number of fields, an unclosed quote, a lone "\r", a repeated or `__proto__`
 * header name. For those it returns null, and csv-parse reads the table and words the error.
 *
 * The whole table is checked first, without making a string, so that csv-parse can still take it
 * before any row is used. Each row's fields are then made from its bytes as the row is wanted and
 * can be dropped once it is counted: a table of op-eds is mostly long quoted texts, and holding
 * them all at once, or the file's text as one string, costs memory many times the file's size
 * (docs/performance.md).
 */
import { type ByteSource, FileWindow, wholeBytes } from "../io/fileWindow";
import { utf8Span, utf8Start } from "./decode";

export interface PlainCsvTable {
  /** The column names; none when the table has no rows. */
  header: string[];
  /** The records, made as they are iterated, from the file or the bytes given (which must not change meanwhile). */
  records: Iterable<Record<string, string>>;
}

/** A table held in memory as UTF-8 bytes (without a byte-order mark). */
export function plainCsvTable(bytes: Buffer, delimiter: "," | "\t"): PlainCsvTable | null {
  return plainTable(wholeBytes(bytes), 0, delimiter);
}

/**
 * A UTF-8 table file read through a window, never whole: null when it is not plain, or not UTF-8
 * text (a legacy encoding, a UTF-16 mark, NUL bytes, or no text before its first non-ASCII
 * character), for the caller to read it whole and decode it as any other file is.
 */
export function plainCsvFile(path: string, delimiter: "," | "\t", windowBytes?: number): PlainCsvTable | null {
  const window = new FileWindow(path, windowBytes);
  try {
    const from = utf8Start(window);
    if (from === null) return null;
    return plainTable(window, from, delimiter);
  } finally {
    window.close();
  }
}

/**
 * The table checked whole, without making a string for any field but the header's, so that
 * csv-parse can still take it before a row is used; its rows are then read again as iterated,
 * from the source reopened.
 */
function plainTable(source: ByteSource, from: number, delimiter: "," | "\t"): PlainCsvTable | null {
  const reader = new RowReader(delimiter.charCodeAt(0));
  const header = nextRow(source, reader, from, true);
  if (header === null) return null;
  if (header === "end") return { header: [], records: [] };
  if (!utf8Span(source, header.start, header.end)) return null;
  const names = header.fields.map((h) => h.trim());
  if (new Set(names).size !== names.length || names.includes("__proto__")) return null;
  const spans: number[] = [];
  for (let at = header.end; ; ) {
    const row = nextRow(source, reader, at, false);
    if (row === null) return null;
    if (row === "end") break;
    if (row.fields.length !== names.length || !utf8Span(source, row.start, row.end)) return null;
    spans.push(row.start, row.end);
    at = row.end;
  }
  // A header with no rows under it is a table of nothing, as csv-parse reads it.
  if (spans.length === 0) return { header: [], records: [] };
  return { header: names, records: recordsAt(source, reader, spans, names) };
}

/** The row from `at` on (past blank lines), with where it starts and ends; "end" past the last. */
function nextRow(source: ByteSource, reader: RowReader, at: number, make: boolean): { fields: string[]; start: number; end: number } | "end" | null {
  for (;;) {
    source.need(at, at + 1);
    reader.read(source, at);
    const blank = reader.skipBlank();
    if (blank === false) return null;
    if (blank === true && reader.done()) {
      if (source.final) return "end";
    } else if (blank === true) {
      const start = source.start + reader.at;
      const fields = reader.row(make);
      if (fields === null) return null;
      if (fields !== undefined) return { fields, start, end: source.start + reader.at };
    }
    // The window ended inside the row: read on from where it was, with room for more.
    source.need(at, source.start + source.bytes.length + 1);
  }
}

/** The records of rows already checked, read again from where each starts. */
function* recordsAt(checked: ByteSource, reader: RowReader, spans: number[], header: string[]): Generator<Record<string, string>> {
  const source = checked.reopen();
  try {
    for (let k = 0; k < spans.length; k += 2) {
      source.need(spans[k], spans[k + 1]);
      reader.read(source, spans[k]);
      const fields = reader.row(true)!;
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) record[header[i]] = fields[i];
      yield record;
    }
  } finally {
    source.close();
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rows read one after another from UTF-8 bytes (every byte of a multi-byte character is 0x80 or
 * above, so none is taken for a quote, separator or line break); each method answers null or false
 * where the table is not plain, and undefined where the bytes end inside the row and more follow.
 * `row(false)` checks a row and makes no string: its fields are empty.
 */
class RowReader {
  at = 0;
  /** Whether rows end in "\r\n": settled by the first line break. */
  private crlf: boolean | undefined;
  private bytes: Buffer = Buffer.alloc(0);
  private final = true;

  constructor(private readonly sep: number) {}

  /** Reads the source's bytes from file offset `at`. */
  read(source: ByteSource, at: number): void {
    this.bytes = source.bytes;
    this.final = source.final;
    this.at = at - source.start;
  }

  done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** Past blank lines; false at a line break that does not match the table's. */
  skipBlank(): boolean | undefined {
    const { bytes } = this;
    for (;;) {
      const c = bytes[this.at];
      if (c === CR && this.at + 1 >= bytes.length && !this.final) return undefined;
      if (c === LF && !this.crlf) this.at++;
      else if (c === CR && bytes[this.at + 1] === LF && this.crlf !== false) this.at += 2;
      else return !(c === CR || c === LF);
      // A blank line settles the line break as a row's end would: csv-parse reads it as one.
      this.crlf ??= c === CR;
    }
  }

  /** The fields of the row at hand (empty strings unless `make`), the reader left past its line break. */
  row(make: boolean): string[] | null | undefined {
    const fields: string[] = [];
    for (;;) {
      const value = this.bytes[this.at] === QUOTE ? this.quoted(make) : this.bare(make);
      if (value === null || value === undefined) return value;
      fields.push(value);
      if (this.done()) return this.final ? fields : undefined;
      const c = this.bytes[this.at];
      if (c === this.sep) {
        this.at++;
        continue;
      }
      if (c === CR && this.at + 1 >= this.bytes.length && !this.final) return undefined;
      const crlf = c === CR && this.bytes[this.at + 1] === LF;
      if (c !== LF && !crlf) return null;
      this.crlf ??= crlf;
      if (this.crlf !== crlf) return null;
      this.at += crlf ? 2 : 1;
      return fields;
    }
  }

  /** A quoted field, "" read as a quote; the reader left past its closing quote. */
  private quoted(make: boolean): string | null | undefined {
    const { bytes } = this;
    const from = this.at + 1;
    let doubled = false;
    let at = from;
    for (;;) {
      const close = bytes.indexOf(QUOTE, at);
      if (close < 0) return this.final ? null : undefined;
      if (bytes[close + 1] !== QUOTE) {
        this.at = close + 1;
        if (!make) return "";
        const value = bytes.toString("utf8", from, close);
        return doubled ? value.replaceAll('""', '"') : value;
      }
      doubled = true;
      at = close + 2;
    }
  }

  /** A bare field, up to the separator or the line's end; a quote inside it is not plain. */
  private bare(make: boolean): string | null | undefined {
    const { bytes, sep } = this;
    let end = this.at;
    for (;;) {
      const c = end < bytes.length ? bytes[end] : -1;
      if (c === -1 && !this.final) return undefined;
      if (c === sep || c === LF || c === CR || c === -1) break;
      if (c === QUOTE) return null;
      end++;
    }
    const value = make ? bytes.toString("utf8", this.at, end) : "";
    this.at = end;
    return value;
  }
}
