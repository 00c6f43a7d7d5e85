import { createHash } from "node:crypto";
import { DiscourseError } from "../errors";
import type { RemovedLine } from "./clean";
import type { EncodingSource, TextEncoding } from "./decode";
import { documentLanguage } from "./language";
import type { MetaValue } from "./schema";
import type { SourceFormat } from "./sourceFile";

/** One op-ed: its metadata, the raw file, and the cleaned body that every analysis reads. */
export interface Document {
  id: string;
  /** Path of the file relative to the corpus folder. */
  file: string;
  /** Where in the file, for a file of several documents: a table's row ("3"), a part of a split text. */
  part?: string;
  /** The file name when no source states a title. */
  title: string;
  /** null when no source names the author. */
  author: string | null;
  /** YYYY-MM-DD, or null when no source states it (the document then groups as "(none)" by year). */
  date: string | null;
  year: number | null;
  /** Every metadata field (manifest over the file's own over inferred) plus `year`: what `by` groups on. */
  meta: Record<string, MetaValue>;
  /** Which source gave each of title, author and date. */
  metaSource: Partial<Record<"title" | "author" | "date", MetaOrigin>>;
  format: SourceFormat;
  encoding: TextEncoding;
  /** Whether the encoding was read from the bytes (a BOM, valid UTF-8), guessed, or stated by the user. */
  encodingSource: EncodingSource;
  /** The text the kit read, before cleaning: the file less front matter and markup, or a page's article. */
  raw: string;
  /** The cleaned body; all character offsets point into this string. */
  text: string;
  removed: RemovedLine[];
  /** sha256 of the cleaned body with whitespace collapsed: equal for the same article saved twice. */
  contentHash: string;
}

/** Where a metadata value came from. */
export type MetaOrigin = "manifest" | "front matter" | "page" | "row" | "file name" | "text" | "properties";

/** Something the user should know about the corpus that did not stop it from loading. */
export interface CorpusWarning {
  /** The file concerned, relative to the corpus folder. */
  file: string;
  /**
   * skipped: a file not read; duplicate: a copy counted once; missing: metadata no source states;
   * encoding: a guessed encoding; name: a file name the name pattern does not fit; field: a field
   * name that looks misspelt; date: a date line not understood; group: no value for the grouping field.
   */
  kind: "skipped" | "duplicate" | "missing" | "encoding" | "name" | "field" | "date" | "group";
  message: string;
}

export interface Corpus {
  name: string;
  /** The corpus folder. */
  dir: string;
  documents: Document[];
  /** sha256 over the manifest metadata and the raw texts: names this exact corpus in provenance. */
  hash: string;
  /** Files skipped (binary, empty, unsupported), duplicates counted once, metadata not found. */
  warnings: CorpusWarning[];
}

/** A warning as one line: `file: message`. */
export function formatWarning(w: CorpusWarning): string {
  return `${w.file}: ${w.message}`;
}

/** Hashes what defines a corpus (ids, metadata and raw text), in manifest order. */
export function corpusHash(name: string, documents: ReadonlyArray<Pick<Document, "id" | "meta" | "raw">>): string {
  const h = createHash("sha256");
  h.update(name);
  for (const d of documents) {
    h.update("\0" + d.id + "\0" + JSON.stringify(d.meta) + "\0" + d.raw);
  }
  return h.digest("hex");
}

/** The metadata fields every document of the corpus has (usable with `by`). */
export function groupingFields(corpus: Corpus): string[] {
  const [first, ...rest] = corpus.documents;
  if (!first) return [];
  return Object.keys(first.meta).filter((k) => rest.every((d) => k in d.meta));
}

/** The group of a document that has no value for the grouping field. */
export const NO_GROUP = "(none)";

/**
 * The group label of a document for field `by` (e.g. "2016" for year); "(none)" when it has no value.
 * Every document has a language: stated, or detected when grouped by it.
 */
export function groupOf(doc: Pick<Document, "meta" | "text">, by: string): string {
  if (by === "language") return documentLanguage(doc);
  const v = doc.meta[by];
  return v === null || v === undefined ? NO_GROUP : String(v);
}

/**
 * One warning for each document without a value for `by` (it goes to group "(none)"), or a one-line
 * error when no document has the field at all (a misspelt --by).
 */
export function groupingWarnings(corpus: Corpus, by: string): CorpusWarning[] {
  checkGroupingField(corpus, by);
  // A missing date is warned about with the metadata, and groups as (none) by year already; every
  // document has a language.
  if (by === "year" || by === "language") return [];
  return corpus.documents
    .filter((d) => !(by in d.meta) || d.meta[by] === null)
    .map((d) => ({ file: d.file, kind: "group" as const, message: `no "${by}" value; grouped as ${NO_GROUP}` }));
}

/** A one-line error when no document has the field `by` (a misspelt --by), naming the fields there are. */
export function checkGroupingField(corpus: { documents: readonly Pick<Document, "meta">[] }, by: string): void {
  if (by !== "language" && corpus.documents.length && !corpus.documents.some((d) => by in d.meta)) {
    throw new DiscourseError(`no document has a field "${by}"; group by one of: ${knownFields(corpus).join(", ")}`, { field: "options.by" });
  }
}

/** Every field some document has, for an error that lists what `by` can be. */
function knownFields(corpus: { documents: readonly Pick<Document, "meta">[] }): string[] {
  return [...new Set(["language", ...corpus.documents.flatMap((d) => Object.keys(d.meta))])].filter((k) => k !== "id" && k !== "file").sort();
}

/** Group labels in a stable order: numeric order when all are numbers (years), else alphabetical. */
export function sortGroups(groups: Iterable<string>): string[] {
  const list = [...new Set(groups)];
  const numeric = list.every((g) => g.trim() !== "" && Number.isFinite(Number(g)));
  return numeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort((a, b) => a.localeCompare(b));
}

/** The corpus's groups for field `by`, in order, each with its documents. */
export function groupDocuments(corpus: Corpus, by: string): { group: string; documents: Document[] }[] {
  checkGroupingField(corpus, by);
  const map = new Map<string, Document[]>();
  for (const d of corpus.documents) {
    const g = groupOf(d, by);
    if (!map.has(g)) map.set(g, []);
    map.get(g)!.push(d);
  }
  return sortGroups(map.keys()).map((group) => ({ group, documents: map.get(group)! }));
}
