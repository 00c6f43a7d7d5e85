/**
 * A CSV or TSV table's records read in one pass over the text, for the tables most files are: a
 * header row, then rows of as many fields, each field bare or quoted ("" for a quote inside), rows
 * ending in "\n" or "\r\n" (whichever the first line break outside quotes is), blank lines left
 * out. Its records equal csv-parse's with the options `readTable` gives it (header names trimmed,
 * `skip_empty_lines`); a seeded test holds it to that.
 *
 * Anything else is not decided here: a quote inside a bare field or text after a closing quote, a
 * row with another number of fields, an unclosed quote, a lone "\r", a repeated or `__proto__`
 * header name. For those it returns null, and csv-parse reads the table and words the error. A
 * table of 50 MB takes csv-parse over a second, field by field through its state machine; most of
 * a table of op-eds is long quoted text, which `indexOf` crosses quote to quote.
 */
export function plainCsvRecords(text: string, delimiter: "," | "\t"): Record<string, string>[] | null {
  const sep = delimiter.charCodeAt(0);
  let crlf: boolean | undefined;
  let at = 0;
  const fields: string[] = [];

  /** The row starting at `at` into `fields`; false when it is not plain. `at` ends past its line break. */
  const row = (): boolean => {
    fields.length = 0;
    for (;;) {
      let value: string;
      let next: number;
      if (text.charCodeAt(at) === QUOTE) {
        value = "";
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) return false;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          next = close + 1;
          break;
        }
      } else {
        let end = at;
        for (;;) {
          const c = end < text.length ? text.charCodeAt(end) : -1;
          if (c === sep || c === LF || c === CR || c === -1) break;
          if (c === QUOTE) return false;
          end++;
        }
        value = text.slice(at, end);
        next = end;
      }
      fields.push(value);
      const c = next < text.length ? text.charCodeAt(next) : -1;
      if (c === sep) {
        at = next + 1;
        continue;
      }
      if (c === -1) {
        at = next;
        return true;
      }
      const isCrlf = c === CR && text.charCodeAt(next + 1) === LF;
      if (c !== LF && !isCrlf) return false;
      crlf ??= isCrlf;
      if (crlf !== isCrlf) return false;
      at = next + (isCrlf ? 2 : 1);
      return true;
    }
  };

  /** Past blank lines; false at a line break that does not match the table's. */
  const skipBlank = (): boolean => {
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === LF && !crlf) at++;
      else if (c === CR && text.charCodeAt(at + 1) === LF && crlf !== false) at += 2;
      else return !(c === CR || c === LF);
      // A blank line decides the line break as a row's end would: csv-parse reads it as one.
      crlf ??= c === CR;
    }
  };

  if (!skipBlank()) return null;
  if (at >= text.length) return [];
  if (!row()) return null;
  const header = fields.map((h) => h.trim());
  if (new Set(header).size !== header.length || header.includes("__proto__")) return null;
  const records: Record<string, string>[] = [];
  for (;;) {
    if (!skipBlank()) return null;
    if (at >= text.length) return records;
    if (!row() || fields.length !== header.length) return null;
    const record: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) record[header[k]] = fields[k];
    records.push(record);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
