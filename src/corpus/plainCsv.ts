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
export interface PlainCsvTable {
  /** The column names; none when the table has no rows. */
  header: string[];
  /** The records, made as they are iterated from the bytes given, which must not change meanwhile. */
  records: Iterable<Record<string, string>>;
}

export function plainCsvTable(bytes: Buffer, delimiter: "," | "\t"): PlainCsvTable | null {
  const reader = new RowReader(bytes, delimiter.charCodeAt(0));
  if (!reader.skipBlank()) return null;
  if (reader.done()) return { header: [], records: [] };
  const header = reader.row(true)?.map((h) => h.trim());
  if (!header || new Set(header).size !== header.length || header.includes("__proto__")) return null;
  const starts: number[] = [];
  for (;;) {
    if (!reader.skipBlank()) return null;
    if (reader.done()) break;
    starts.push(reader.at);
    if (reader.row(false)?.length !== header.length) return null;
  }
  // A header with no rows under it is a table of nothing, as csv-parse reads it.
  if (starts.length === 0) return { header: [], records: [] };
  return { header, records: recordsAt(reader, starts, header) };
}

/** The records of rows already checked, read again from where each starts. */
function* recordsAt(reader: RowReader, starts: number[], header: string[]): Generator<Record<string, string>> {
  for (const start of starts) {
    reader.at = start;
    const fields = reader.row(true)!;
    const record: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) record[header[k]] = fields[k];
    yield record;
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rows read one after another from UTF-8 bytes (every byte of a multi-byte character is 0x80 or
 * above, so none is taken for a quote, separator or line break); each method answers null or false
 * where the table is not plain. `row(false)` checks a row and makes no string: its fields are empty.
 */
class RowReader {
  at = 0;
  /** Whether rows end in "\r\n": settled by the first line break. */
  private crlf: boolean | undefined;

  constructor(
    private readonly bytes: Buffer,
    private readonly sep: number,
  ) {}

  done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** Past blank lines; false at a line break that does not match the table's. */
  skipBlank(): boolean {
    const { bytes } = this;
    for (;;) {
      const c = bytes[this.at];
      if (c === LF && !this.crlf) this.at++;
      else if (c === CR && bytes[this.at + 1] === LF && this.crlf !== false) this.at += 2;
      else return !(c === CR || c === LF);
      // A blank line settles the line break as a row's end would: csv-parse reads it as one.
      this.crlf ??= c === CR;
    }
  }

  /** The fields of the row at hand (empty strings unless `make`), the reader left past its line break. */
  row(make: boolean): string[] | null {
    const fields: string[] = [];
    for (;;) {
      const value = this.bytes[this.at] === QUOTE ? this.quoted(make) : this.bare(make);
      if (value === null) return null;
      fields.push(value);
      const c = this.done() ? -1 : this.bytes[this.at];
      if (c === this.sep) {
        this.at++;
        continue;
      }
      if (c === -1) return fields;
      const crlf = c === CR && this.bytes[this.at + 1] === LF;
      if (c !== LF && !crlf) return null;
      this.crlf ??= crlf;
      if (this.crlf !== crlf) return null;
      this.at += crlf ? 2 : 1;
      return fields;
    }
  }

  /** A quoted field, "" read as a quote; the reader left past its closing quote. */
  private quoted(make: boolean): string | null {
    const { bytes } = this;
    const from = this.at + 1;
    let doubled = false;
    let at = from;
    for (;;) {
      const close = bytes.indexOf(QUOTE, at);
      if (close < 0) return null;
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
  private bare(make: boolean): string | null {
    const { bytes, sep } = this;
    let end = this.at;
    for (;;) {
      const c = end < bytes.length ? bytes[end] : -1;
      if (c === sep || c === LF || c === CR || c === -1) break;
      if (c === QUOTE) return null;
      end++;
    }
    const value = make ? bytes.toString("utf8", this.at, end) : "";
    this.at = end;
    return value;
  }
}
