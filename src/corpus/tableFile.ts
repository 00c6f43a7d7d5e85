import { extname } from "node:path";
import { DiscourseError } from "../errors";
import type { CorpusWarning } from "./corpus";
import { isIsoDate, parseDateLine } from "./dates";
import { fieldTypos, meantField } from "./fieldTypos";
import { TOO_LONG, decodeText, isTooLong, utf8Span, utf8Start } from "./decode";
import { readFileBytes } from "../io/readFileBytes";
import { wholeBytes } from "../io/fileWindow";
import { BadLine, type JsonLine, jsonLinesFile, jsonLinesOf } from "./jsonLines";
import { plainCsvFile, plainCsvTable } from "./plainCsv";
import { lfLineEnds } from "./normalize";
import type { MetaValue } from "./schema";

/**
 * Op-eds kept as a table, one per row: .csv and .tsv (quoted fields may hold commas, quotes and
 * line breaks; a byte-order mark is dropped; `plainCsvRecords` reads a plain table, csv-parse any
 * other), .xlsx (SheetJS; every sheet), .jsonl (an object per line) and .json (an array of
 * objects). The text column is found by name or given; every other column is a metadata field.
 */
export type TableFormat = "csv" | "tsv" | "xlsx" | "jsonl" | "json";

const TABLE_FORMATS: Record<string, TableFormat> = { ".csv": "csv", ".tsv": "tsv", ".xlsx": "xlsx", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json" };

/** Column names taken as the text, in this order, whatever their case. */
export const TEXT_COLUMNS = ["text", "body", "content", "article"];

export function tableFormat(file: string): TableFormat | undefined {
  return TABLE_FORMATS[extname(file).toLowerCase()];
}

/** Whether documents of this format are a table's rows. */
export function isTable(format: string): boolean {
  return format === "csv" || format === "tsv" || format === "xlsx" || format === "jsonl" || format === "json";
}

/** One row read as a document: where it stands, its text, and every other column as a field. */
export interface TableRow {
  /** "3" (the row's number, counting the header as row 1, as a spreadsheet shows it), or "Sheet2!3". */
  row: string;
  text: string;
  meta: Record<string, MetaValue>;
}

/** Columns read as the kit's own fields whatever their case. */
const NAMED = ["id", "title", "author", "date", "year"];

type Cell = unknown;
type Record_ = Record<string, Cell>;

/** A file the kit cannot read as a table: skipped with this reason, never guessed at. */
class Unreadable extends Error {}

/** A sheet's columns (none when it has no rows) and its records, made as they are iterated. */
interface Sheet {
  name: string;
  columns: string[];
  records: Iterable<Record_ | BadLine>;
  /** Closes the file its records are being read from, when they will not be. */
  close?: () => void;
}

/**
 * The rows of a table file, made as they are iterated: a table is read row by row, each row
 * dropped once used, and `warnings` is complete when the rows have been iterated (once, before
 * another file is read: they may be made from the reader's reused buffer). A row without text is
 * left out with a warning naming file, row and column; a date a row states that is not a certain
 * day is a warning and left empty; so is a line of a JSON Lines file that is not an object. A file
 * the parser cannot read is `ok: false` with the reason (skipped with a warning); a table with no
 * text column is a DiscourseError naming the file and the columns it has.
 */
export function readTable(
  bytes: Uint8Array,
  file: string,
  options: { textField?: string; encoding?: string } = {},
): ReadTable {
  const format = tableFormat(file)!;
  return tableOf(() => (format === "xlsx" ? workbookSheets(bytes) : [textSheet(bytes, format, options.encoding)]), file, format, options.textField)!;
}

/**
 * As `readTable`, from the file at `path`: a UTF-8 CSV, TSV or JSON Lines file (no encoding
 * stated) is read through a window, a row at a time, and never held whole; any other file is read
 * whole.
 */
export function readTableFile(path: string, file: string, options: { textField?: string; encoding?: string } = {}): ReadTable {
  const format = tableFormat(file)!;
  if (!options.encoding && (format === "csv" || format === "tsv" || format === "jsonl")) {
    const table = tableOf(() => streamedSheet(path, format), file, format, options.textField);
    if (table) return table;
  }
  return readTable(readFileBytes(path), file, options);
}

export type ReadTable = { ok: true; rows: Iterable<TableRow>; warnings: CorpusWarning[] } | { ok: false; reason: string };

/** The rows of the sheets a file is read as; null when `read` finds none (the file is to be read whole). */
function tableOf(read: () => Sheet[] | null, file: string, format: TableFormat, textField: string | undefined): ReadTable | null {
  let sheets: Sheet[] | null;
  try {
    sheets = read();
  } catch (err) {
    if (err instanceof Unreadable) return { ok: false, reason: err.message };
    if (isTooLong(err)) return { ok: false, reason: TOO_LONG };
    throw err;
  }
  if (!sheets) return null;
  const warnings: CorpusWarning[] = [];
  let textColumns: string[];
  try {
    // Checked before any row is read, so a table without its text column is refused at once.
    textColumns = sheets.map((s) => (s.columns.length ? findTextColumn(s.columns, file, textField, s.name) : ""));
  } catch (err) {
    for (const s of sheets) s.close?.();
    throw err;
  }
  for (const s of sheets) warnings.push(...columnTypos(file, s));
  return { ok: true, rows: tableRows(sheets, textColumns, file, format, warnings), warnings };
}

/** A UTF-8 text table's one sheet, read from its file through a window; null when it is not one. */
function streamedSheet(path: string, format: "csv" | "tsv" | "jsonl"): Sheet[] | null {
  if (format === "jsonl") {
    const lines = jsonLinesFile(path);
    return lines && [jsonLinesSheet(lines)];
  }
  const table = plainCsvFile(path, format === "tsv" ? "\t" : ",");
  return table && [{ name: "", columns: table.header, records: table.records }];
}

function* tableRows(sheets: Sheet[], textColumns: string[], file: string, format: TableFormat, warnings: CorpusWarning[]): Generator<TableRow> {
  const many = sheets.length > 1;
  for (const [s, { name, records }] of sheets.entries()) {
    let i = 0;
    for (const record of records) {
      // Row 1 is the header in a spreadsheet or CSV; a JSON Lines file counts its lines from 1.
      const row = `${many ? `${name}!` : ""}${format === "jsonl" || format === "json" ? i + 1 : i + 2}`;
      i++;
      if (record instanceof BadLine) {
        warnings.push({ file: `${file}#${row}`, kind: "skipped", message: `${record.reason}; row skipped` });
        continue;
      }
      const got = tableRow(record, textColumns[s], `${file}#${row}`, warnings);
      if (got) yield { row, ...got };
    }
  }
}

/**
 * A text table's sheet. UTF-8 bytes are read as they are; any other encoding is decoded and the
 * text read as UTF-8 again, so that one reader reads every table.
 */
function textSheet(bytes: Uint8Array, format: TableFormat, encoding?: string): Sheet {
  let body = wholeUtf8(bytes, encoding);
  if (!body) {
    const decoded = decodeText(bytes, encoding);
    if (!decoded.ok) throw new Unreadable(decoded.reason);
    body = Buffer.from(decoded.text.replace(/^\uFEFF/, ""));
  }
  if (format === "json") return arraySheet("", jsonRecords(body.toString("utf8")));
  if (format === "jsonl") return jsonLinesSheet(jsonLinesOf(body));
  const delimiter = format === "tsv" ? "\t" : ",";
  const plain = plainCsvTable(body, delimiter);
  if (plain) return { name: "", columns: plain.header, records: plain.records };
  const { parse } = require("csv-parse/sync") as typeof import("csv-parse/sync");
  try {
    const records: Record_[] = parse(body.toString("utf8"), { columns: (header: string[]) => header.map((h) => h.trim()), delimiter, skip_empty_lines: true, bom: true });
    return arraySheet("", records);
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new Unreadable(`not a readable table: ${e.message.replace(/ at line \d+.*$/s, "").replace(/:$/, "")}${e.lines ? ` at line ${e.lines}` : ""}; fix the quoting there`);
  }
}

/** The bytes after a UTF-8 byte-order mark when they are text `decodeText` reads as UTF-8 with no encoding stated; else null. */
function wholeUtf8(bytes: Uint8Array, stated: string | undefined): Buffer | null {
  if (stated) return null;
  const source = wholeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const from = utf8Start(source);
  return from !== null && utf8Span(source, from, source.bytes.length) ? source.bytes.subarray(from) : null;
}

const arraySheet = (name: string, records: Record_[]): Sheet => ({ name, columns: records.length ? Object.keys(records[0]) : [], records });

function jsonRecords(text: string): Record_[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Unreadable(`not valid JSON (${(err as Error).message}); fix the syntax`);
  }
  // A registry or settings file kept beside the op-eds is not a table of them.
  if (!Array.isArray(data) || !data.every(isRecord)) throw new Unreadable("not a table of op-eds (a JSON array of objects, one per document)");
  return data;
}

/**
 * A JSON Lines file: its first object's keys are the columns. A first line that is not an object
 * makes the file unreadable (it is likely no table of op-eds); a later one skips its row.
 */
function jsonLinesSheet(lines: Generator<JsonLine>): Sheet {
  const first = lines.next();
  if (first.done) return { name: "", columns: [], records: [] };
  if (first.value instanceof BadLine) {
    lines.return(undefined);
    throw new Unreadable(`${first.value.reason}; write one object per line`);
  }
  const records = (function* () {
    yield first.value as Record_;
    yield* lines;
  })();
  return { name: "", columns: Object.keys(first.value), records, close: () => lines.return(undefined) };
}

const isRecord = (v: unknown): v is Record_ => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every sheet of a workbook as records, headed by its first row; dates as dates. */
function workbookSheets(bytes: Uint8Array): Sheet[] {
  // An .xlsx is a ZIP archive; SheetJS would read anything else as text, silently.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new Unreadable("not an .xlsx workbook (an encrypted workbook, or another kind of file with this name); save it again as .xlsx");
  }
  const XLSX = require("xlsx") as typeof import("xlsx");
  let wb: import("xlsx").WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "buffer", cellDates: true });
  } catch (err) {
    throw new Unreadable(`not a readable .xlsx workbook (${(err as Error).message}); open and save it again`);
  }
  return wb.SheetNames.map((name) => arraySheet(name, XLSX.utils.sheet_to_json<Record_>(wb.Sheets[name], { defval: null, raw: true })));
}

/**
 * A column named like a misspelt field the kit reads ("Titel", "auther"): one warning per sheet, the
 * column kept as a field of its own. Case alone is no typo here: a table's "Date" is the date.
 */
function columnTypos(file: string, sheet: Sheet): CorpusWarning[] {
  const misspelt = sheet.columns.filter((c) => meantField(c) !== undefined && meantField(c) !== c.toLowerCase());
  return fieldTypos(file, Object.fromEntries(misspelt.map((c) => [c, null])), sheet.name ? `sheet ${sheet.name}` : "header", "column");
}

/** The column holding the text: the one given, or the first named text, body, content or article. */
function findTextColumn(columns: string[], file: string, given: string | undefined, sheet: string): string {
  const where = { file, field: sheet ? `sheet ${sheet}` : "header" };
  if (given !== undefined) {
    const found = columns.find((c) => c === given) ?? columns.find((c) => c.toLowerCase() === given.toLowerCase());
    if (!found) throw new DiscourseError(`no column "${given}" (the text field); columns: ${columns.join(", ")}`, where);
    return found;
  }
  for (const name of TEXT_COLUMNS) {
    const found = columns.find((c) => c.toLowerCase() === name);
    if (found) return found;
  }
  throw new DiscourseError(`no text column; name one ${TEXT_COLUMNS.slice(0, -1).join(", ")} or ${TEXT_COLUMNS.at(-1)}, or give --text-field NAME ("textField" in corpus.json); columns: ${columns.join(", ")}`, where);
}

/** A record's text and fields, or null (with a warning) when it has no text. */
function tableRow(record: Record_, textColumn: string, at: string, warnings: CorpusWarning[]): Omit<TableRow, "row"> | null {
  const text = cellText(record[textColumn]);
  if (!text.trim()) {
    warnings.push({ file: at, kind: "skipped", message: `column "${textColumn}": no text; row skipped` });
    return null;
  }
  const meta: Record<string, MetaValue> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (column === textColumn || column === "") continue;
    const value = cellValue(cell, at, column);
    if (value === null || value === "") continue;
    // Spreadsheets capitalise their headers: "Date", "Title" are the kit's date and title.
    const lower = column.toLowerCase();
    meta[NAMED.includes(lower) && !(lower in record) ? lower : column] = value;
  }
  if (meta.date !== undefined) {
    const day = typeof meta.date === "string" ? (isIsoDate(meta.date) ? meta.date : parseDateLine(meta.date)) : undefined;
    if (day) meta.date = day;
    else {
      warnings.push({ file: at, kind: "date", message: `column "date": ${JSON.stringify(String(meta.date))} is not a certain day; give YYYY-MM-DD (the date is left empty)` });
      delete meta.date;
    }
  }
  if (typeof meta.year === "string" && /^\d{4}$/.test(meta.year)) meta.year = Number(meta.year);
  return { text: lfLineEnds(text), meta };
}

function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString() : String(cell);
}

/** A cell as a field value: text, number or boolean as it stands, a date as YYYY-MM-DD. */
function cellValue(cell: Cell, at: string, column: string): MetaValue {
  if (cell === null || cell === undefined) return null;
  // A spreadsheet's day comes as midnight in some time zone: the nearest UTC noon names it.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : new Date(cell.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  throw new DiscourseError("a nested value cannot be used as a document field; write it as one line of text", { file: at, field: column });
}
