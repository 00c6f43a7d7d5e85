/**
 * A CSV or TSV table's records read in one pass over the text, for the tables most files are: a
 * header row, then rows of as many fields, each field bare or quoted ("" for a quote inside), rows
 * ending in "\n" or "\r\n" (whichever the first line break outside quotes is), blank lines left
 * out. Its records equal csv-parse's with the options `readTable` gives it (header names trimmed,
 * `skip_empty_lines`); a seeded test holds it to that.
 *
 * Anything else is not decided here: a quote inside a bare field or text after a closing quote, a
 * row with another number of fields, an unclosed quote, a lone "\r", a repeated or `__proto__`
 * header name. For those it returns null, and csv-parse reads the table and words the error.
 * csv-parse reads character by character through its state machine; most of a table of op-eds is
 * long quoted text, which `indexOf` crosses quote to quote (docs/performance.md).
 */
export function plainCsvRecords(text: string, delimiter: "," | "\t"): Record<string, string>[] | null {
  const reader = new RowReader(text, delimiter.charCodeAt(0));
  if (!reader.skipBlank()) return null;
  if (reader.done()) return [];
  const header = reader.row()?.map((h) => h.trim());
  if (!header || new Set(header).size !== header.length || header.includes("__proto__")) return null;
  const records: Record<string, string>[] = [];
  for (;;) {
    if (!reader.skipBlank()) return null;
    if (reader.done()) return records;
    const fields = reader.row();
    if (!fields || fields.length !== header.length) return null;
    const record: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) record[header[k]] = fields[k];
    records.push(record);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Rows read one after another; each method answers null or false where the table is not plain. */
class RowReader {
  private at = 0;
  /** Whether rows end in "\r\n": settled by the first line break. */
  private crlf: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly sep: number,
  ) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  /** Past blank lines; false at a line break that does not match the table's. */
  skipBlank(): boolean {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (c === LF && !this.crlf) this.at++;
      else if (c === CR && text.charCodeAt(this.at + 1) === LF && this.crlf !== false) this.at += 2;
      else return !(c === CR || c === LF);
      // A blank line settles the line break as a row's end would: csv-parse reads it as one.
      this.crlf ??= c === CR;
    }
  }

  /** The fields of the row at hand, the reader left past its line break. */
  row(): string[] | null {
    const fields: string[] = [];
    for (;;) {
      const value = this.text.charCodeAt(this.at) === QUOTE ? this.quoted() : this.bare();
      if (value === null) return null;
      fields.push(value);
      const c = this.done() ? -1 : this.text.charCodeAt(this.at);
      if (c === this.sep) {
        this.at++;
        continue;
      }
      if (c === -1) return fields;
      const crlf = c === CR && this.text.charCodeAt(this.at + 1) === LF;
      if (c !== LF && !crlf) return null;
      this.crlf ??= crlf;
      if (this.crlf !== crlf) return null;
      this.at += crlf ? 2 : 1;
      return fields;
    }
  }

  /** A quoted field, "" read as a quote; the reader left past its closing quote. */
  private quoted(): string | null {
    const { text } = this;
    let value = "";
    let from = this.at + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0) return null;
      if (text.charCodeAt(close + 1) !== QUOTE) {
        this.at = close + 1;
        return value + text.slice(from, close);
      }
      value += text.slice(from, close + 1);
      from = close + 2;
    }
  }

  /** A bare field, up to the separator or the line's end; a quote inside it is not plain. */
  private bare(): string | null {
    const { text, sep } = this;
    let end = this.at;
    for (;;) {
      const c = end < text.length ? text.charCodeAt(end) : -1;
      if (c === sep || c === LF || c === CR || c === -1) break;
      if (c === QUOTE) return null;
      end++;
    }
    const value = text.slice(this.at, end);
    this.at = end;
    return value;
  }
}
