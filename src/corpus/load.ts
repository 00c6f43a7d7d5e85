import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ZodType, ZodTypeDef } from "zod";
import { DiscourseError } from "../errors";
import { readFileBytes } from "../io/readFileBytes";
import type { Progress } from "../progress";
import { cleanText } from "./clean";
import { type CleanRules, type CleanRulesInput, CleanRulesSchema, defaultCleanRules } from "./cleanRules";
import { type Corpus, type CorpusWarning, type Document, type MetaOrigin, corpusHash } from "./corpus";
import { LOW_CONFIDENCE, encodingLabel } from "./decode";
import { inferMetadata } from "./inferMetadata";
import { withLanguageField } from "./language";
import { type NamePattern, compileNamePattern, fieldsFromName } from "./namePattern";
import {
  type DocumentEntry,
  DocumentEntrySchema,
  FileMetaSchema,
  type Manifest,
  type ManifestOutline,
  ManifestOutlineSchema,
  ManifestSchema,
  type MetaValue,
  plainEntry,
  plainFileMeta,
  plainOutline,
} from "./schema";
import { READ_EXTENSIONS, type SourceFormat, type SourceText, readSource, sourceFormat } from "./sourceFile";
import { splitPattern, splitText } from "./splitText";
import { type TableFormat, type TableRow, isTable, readTableFile, tableFormat } from "./tableFile";
import { fieldTypos } from "./fieldTypos";
import { groupingWarnings } from "./corpus";
import { parseWith } from "./validate";

export interface LoadOptions {
  /** Cleaning rules; defaults to `defaultCleanRules`. Partial objects are filled with defaults. */
  clean?: CleanRules | CleanRulesInput;
  /**
   * "once" (default): a second file with the same text is left out with a warning. "keep": every
   * file counts (a benchmark's copies, or reprints the researcher wants counted twice).
   */
  duplicates?: "once" | "keep";
  /** Hears about each file read (for progress on large folders). */
  progress?: Progress;
  /** The encoding of every file that states none itself (a manifest entry's `encoding` wins). Default: detected. */
  encoding?: string;
  /** Fields read from file names, e.g. "{year}-{author}" (`namePattern` in corpus.json). */
  namePattern?: string;
  /** The column of tables that holds the text (`textField` in corpus.json). Default: text, body, content or article. */
  textField?: string;
  /** Cut text files into documents at each line matching this regular expression (`split` in corpus.json). */
  split?: string;
  /** The field documents are grouped by: each document without it is named in a warning. */
  by?: string;
}

/** How files are read, as given: plain values, so they cross to count workers as they are. */
export interface ReadSettings {
  clean?: CleanRules | CleanRulesInput;
  encoding?: string;
  namePattern?: string;
  textField?: string;
  split?: string;
}

/** How files are read, checked and compiled: by `readDocument`. */
export interface ReadOptions {
  clean: CleanRules;
  /** A WHATWG label. */
  encoding?: string;
  namePattern?: NamePattern;
  /** The text column of tables. Default: found by name. */
  textField?: string;
  /** Where text files are cut into several documents. */
  split?: RegExp;
}

/**
 * The read options of a folder: the caller's settings over its manifest's, checked, so that a bad
 * encoding name or name pattern is one line naming where it was given.
 */
export function readOptions(root: string, settings: ReadSettings, manifest: Pick<Manifest, "encoding" | "namePattern" | "textField" | "split"> | null): ReadOptions {
  const where = (key: string, option: string) =>
    settings[key as keyof ReadSettings] !== undefined ? { field: option } : { file: displayPath(join(root, MANIFEST)), field: key };
  const encoding = settings.encoding ?? manifest?.encoding;
  const pattern = settings.namePattern ?? manifest?.namePattern;
  const split = settings.split ?? manifest?.split;
  return {
    textField: settings.textField ?? manifest?.textField,
    split: split === undefined ? undefined : splitPattern(split, where("split", "options.split")),
    clean: settings.clean ? CleanRulesSchema.parse(settings.clean) : defaultCleanRules,
    encoding: encoding === undefined ? undefined : encodingLabel(encoding, where("encoding", "options.encoding")),
    namePattern: pattern === undefined ? undefined : compileNamePattern(pattern, where("namePattern", "options.namePattern")),
  };
}

export const MANIFEST = "corpus.json";

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
}

/** Reads a JSON file, or throws a one-line DiscourseError naming it. */
function readJson(path: string): unknown {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DiscourseError(`not valid JSON (${(err as Error).message}); fix the syntax`, { file: displayPath(path) });
  }
}

/** The folder's manifest, validated, or null when it has none. */
export function readManifest(root: string): Manifest | null {
  return readManifestWith(root, ManifestSchema);
}

/** The folder's manifest with its entries checked for `file` only (`checkEntry` does the rest), or null. */
export function readManifestOutline(root: string): ManifestOutline | null {
  return readManifestWith(root, ManifestOutlineSchema, plainOutline);
}

function readManifestWith<T>(root: string, schema: ZodType<T, ZodTypeDef, unknown>, plain?: (v: unknown) => T | undefined): T | null {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) return null;
  const json = readJson(path);
  return plain?.(json) ?? parseWith(schema, json, displayPath(path));
}

/** A work item's manifest entry, checked in full when its manifest was read as an outline. */
export function checkEntry(root: string, item: WorkItem): DocumentEntry | undefined {
  if (!item.unchecked || !item.entry) return item.entry;
  return plainEntry(item.entry) ?? parseWith(DocumentEntrySchema, item.entry, displayPath(join(root, MANIFEST)), item.field);
}

/** Files that are never documents: the manifest, read-me files, hidden files and folders. */
function ignored(name: string): boolean {
  return name.startsWith(".") || name === "node_modules" || name === MANIFEST || /^readme(\.|$)/i.test(name);
}

/** Every file under `root` (relative, "/"-separated, sorted), leaving out ignored names. */
export function listFiles(root: string, under = ""): string[] {
  const out: string[] = [];
  // Entry types come with the listing: only a symbolic link needs a stat to say what it points to.
  const entries = readdirSync(join(root, under), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const rel = under ? `${under}/${entry.name}` : entry.name;
    const folder = entry.isSymbolicLink() ? statSync(join(root, rel)).isDirectory() : entry.isDirectory();
    if (folder) for (const f of listFiles(root, rel)) out.push(f);
    else out.push(rel);
  }
  return out;
}

/** A document id from a file name: "op-eds/Tang 2016.txt" → "op-eds-tang-2016". */
export function idFromFile(file: string): string {
  const stem = file.replace(/\.[^./]+$/, "");
  return stem.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "") || "document";
}

const normalizeRel = (file: string) => file.split(sep).join("/").replace(/^\.\//, "");

/** One document to read: its file, and its manifest entry and position when it has one. */
export interface WorkItem {
  file: string;
  entry?: DocumentEntry;
  /** `documents[i]` for a manifest entry: where an error about it points. */
  field?: string;
  /** The entry is as the manifest wrote it (an outline's): `checkEntry` before use. */
  unchecked?: true;
}

/**
 * The documents of a folder, in corpus order: the manifest's entries, then every other .txt, .md
 * and .html file by path. Files of other types are added to `warnings` as skipped. `files` is the
 * folder's listing, when the caller already has it; `unchecked`: the manifest is an outline
 * (`readManifestOutline`), its entries to be checked by whoever reads them.
 */
export function workList(
  root: string,
  manifest: Manifest | ManifestOutline | null,
  warnings: CorpusWarning[],
  options: { files?: string[]; unchecked?: boolean } = {},
): WorkItem[] {
  const files = options.files ?? listFiles(root);
  const listed = new Set<string>();
  const present = new Set(files);
  const work: WorkItem[] = [];
  manifest?.documents.forEach((entry, i) => {
    const file = normalizeRel(entry.file);
    // A listed file exists; anything else (outside the folder, hidden) is looked up.
    const path = present.has(file) ? "" : resolve(root, file);
    if (path && (!existsSync(path) || !statSync(path).isFile())) {
      throw new DiscourseError(`file "${entry.file}" not found in ${displayPath(root)}; fix the path or add the file`, {
        file: displayPath(join(root, MANIFEST)),
        field: `documents[${i}].file`,
      });
    }
    listed.add(file);
    const item: WorkItem = { file, entry: entry as DocumentEntry, field: `documents[${i}]` };
    if (options.unchecked) item.unchecked = true;
    work.push(item);
  });
  for (const file of files) {
    if (listed.has(file)) continue;
    if (!sourceFormat(file)) {
      warnings.push({ file, kind: "skipped", message: `skipped: not a ${READ_EXTENSIONS} file` });
      continue;
    }
    work.push({ file });
  }
  return work;
}

/** The folder as a resolved path, or a one-line error when it is not a folder. */
export function corpusRoot(dir: string): string {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DiscourseError(`no such corpus folder; pass a folder of op-eds (${READ_EXTENSIONS} files, with an optional corpus.json)`, {
      file: displayPath(root),
    });
  }
  return root;
}

/**
 * Loads a corpus folder. The documents are those `corpus.json` lists, in its order, then every
 * other .txt, .md and .html file in the folder and its subfolders, by path (without a manifest,
 * just those). Metadata for each comes from, in order of precedence, the manifest entry, the file's
 * own (YAML front matter, or an HTML page's <meta> tags, JSON-LD and <title>), then what a plain
 * text states in its header (date line, title line, byline). Each text is decoded (UTF-8 with or
 * without BOM, UTF-16 with BOM), cleaned, and hashed; binary and empty files are skipped and a
 * second copy of the same text is counted once, each with a warning on `corpus.warnings`.
 * Input files are only read, never written.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const root = corpusRoot(dir);
  const manifestShown = displayPath(join(root, MANIFEST));
  const manifest = readManifest(root);
  const read = readOptions(root, options, manifest);
  const warnings: CorpusWarning[] = [];

  const work = workList(root, manifest, warnings);

  const ids = new Map<string, string>();
  const hashes = new Map<string, string>();
  const documents: Document[] = [];
  work.forEach(({ file, entry, field }, index) => {
    options.progress?.(index + 1, work.length);
    const got = readDocuments(root, file, entry, read);
    // The file's warnings are complete once its documents are read; its copies are named after them.
    const copies: CorpusWarning[] = [];
    for (const doc of got.documents) {
      const at = documentPlace(doc);
      // An id stated by the manifest or a table's own id column must be unique; one made from the
      // file name is made unique.
      const stated = (entry?.id !== undefined && doc.part === undefined) || (doc.part !== undefined && doc.id !== at);
      if (!stated) doc.id = doc.meta.id = uniqueId(doc.id, ids);
      if (ids.has(doc.id)) {
        const where = doc.part === undefined ? { file: manifestShown, field: `${field}.id` } : { file: at, field: "id" };
        throw new DiscourseError(`duplicate id "${doc.id}" (also ${ids.get(doc.id)}); ids must be unique`, where);
      }
      ids.set(doc.id, doc.part === undefined ? (field ?? file) : at);
      // Copies are looked for only when they are counted once: hashing every text is not free.
      if (options.duplicates !== "keep") {
        const first = hashes.get(doc.contentHash);
        if (first) {
          copies.push({ file: at, kind: "duplicate", message: `duplicate of ${first} (same text); counted once` });
          continue;
        }
        hashes.set(doc.contentHash, at);
      }
      withLanguageField(doc);
      documents.push(doc);
    }
    warnings.push(...got.warnings, ...copies);
  });

  if (documents.length === 0) {
    throw new DiscourseError(`no documents: the folder holds no readable ${READ_EXTENSIONS} file${warnings.length ? ` (${warnings.length} skipped)` : ""}`, {
      file: displayPath(root),
    });
  }
  const name = manifest?.name ?? root.split(sep).pop() ?? "corpus";
  const corpus: Corpus = { name, dir: root, documents, hash: corpusHash(name, documents), warnings };
  if (options.by !== undefined) warnings.push(...groupingWarnings(corpus, options.by));
  return corpus;
}

/**
 * Reads one file with its manifest entry, if any: one document, or several (a table's rows, the
 * parts of a text cut by `split`). Returns them, none when the file holds no readable text, and the
 * warnings either way. A table's documents are made as they are iterated, so that a large table is
 * never held whole: iterate them once, before another file is read (they are read from a reused
 * buffer); `warnings` is complete once they are. Throws a DiscourseError naming the file and field
 * when its metadata or its table is malformed.
 */
export function readDocuments(
  root: string,
  file: string,
  entry: DocumentEntry | undefined,
  options: ReadOptions = { clean: defaultCleanRules },
): { documents: Iterable<Document>; warnings: CorpusWarning[] } {
  const { id: givenId, file: _file, encoding: statedEncoding, textField, ...manifestMeta } = entry ?? { file };
  const stated = statedEncoding !== undefined ? encodingLabel(statedEncoding, { file: displayPath(join(root, MANIFEST)), field: `${file}: encoding` }) : options.encoding;
  const warnings: CorpusWarning[] = fieldTypos(file, manifestMeta, "corpus.json");
  // Read once per file: a table's rows share their file's name.
  let named: Record<string, MetaValue> | undefined;
  const make = (source: SourceText, part: string | undefined) => {
    named ??= nameFields(file, options.namePattern, warnings);
    return documentFrom({ file, part, givenId: part === undefined ? givenId : undefined, manifestMeta, named, source, options, warnings });
  };
  const table = tableFormat(file);
  if (table) {
    const rows = readTableFile(join(root, file), file, { textField: textField ?? options.textField, encoding: stated });
    if (!rows.ok) return { documents: [], warnings: [{ file, kind: "skipped", message: `skipped: ${rows.reason}` }] };
    return { documents: rowDocuments(rows, table, make, warnings), warnings };
  }
  // Read before the next file is: the bytes are in a buffer that is reused.
  const read = readSource(readFileBytes(join(root, file)), file, stated);
  if (!read.ok) return { documents: [], warnings: [{ file, kind: "skipped", message: `skipped: ${read.reason}` }] };
  warnings.push(...sourceWarnings(file, read.source));
  const pieces = options.split && read.source.format === "txt" ? splitText(read.source.body, options.split) : [read.source.body];
  return { documents: pieces.map((body, k) => make({ ...read.source, body }, pieces.length > 1 ? String(k + 1) : undefined)), warnings };
}

/** A table's documents, row by row; each row's warnings are passed on before its document is made. */
function* rowDocuments(
  rows: { rows: Iterable<TableRow>; warnings: CorpusWarning[] },
  format: TableFormat,
  make: (source: SourceText, part: string) => Document,
  warnings: CorpusWarning[],
): Generator<Document> {
  for (const r of rows.rows) {
    warnings.push(...rows.warnings.splice(0));
    yield make({ format, encoding: "utf-8", encodingSource: "unicode", body: r.text, meta: r.meta }, r.row);
  }
  warnings.push(...rows.warnings.splice(0));
}

/** One document's metadata, by precedence, and its cleaned text. */
function documentFrom(d: {
  file: string; part?: string; givenId?: string; manifestMeta: Record<string, MetaValue>; named: Record<string, MetaValue>;
  source: SourceText; options: ReadOptions; warnings: CorpusWarning[];
}): Document {
  const { file, source, options, warnings, manifestMeta, named } = d;
  const at = documentPlace({ file, part: d.part });
  const table = isTable(source.format);
  // Most files state nothing themselves, or plain fields: zod's object check is skipped for them. A
  // table's row is checked as it was read.
  const fileMeta = Object.keys(source.meta).length === 0 || table ? source.meta : (plainFileMeta(source.meta) ?? parseWith(FileMetaSchema, source.meta, file));
  if (source.format === "txt" || source.format === "md") warnings.push(...fieldTypos(at, fileMeta, "front matter"));
  const properties = source.properties ?? {};
  // Reading the header for metadata costs a second cleaning pass: only when something is missing.
  const given = { ...named, ...fileMeta, ...manifestMeta };
  const complete = given.title !== undefined && given.author !== undefined && given.date !== undefined;
  const inferred = source.format === "html" || table || complete ? { fields: {} } : inferMetadata(source.body, options.clean);
  if (inferred.unreadDate) warnings.push({ file: at, kind: "date", message: `the date line "${inferred.unreadDate}" is not understood (day and month order is ambiguous); give the date as YYYY-MM-DD` });
  // A PDF's or Word file's properties are often a template's or an export tool's: trusted last.
  const meta: Record<string, MetaValue> = { ...properties, ...inferred.fields, ...given };
  const metaSource = metadataOrigins(source.format, { manifest: manifestMeta, file: fileMeta, name: named, text: inferred.fields, properties });
  warnings.push(...missingWarnings(at, source.format, meta));
  const id = d.givenId ?? (typeof meta.id === "string" && meta.id ? meta.id : d.part === undefined ? idFromFile(file) : at);
  return makeDocument({ id, file, part: d.part, meta, metaSource, source, rules: options.clean });
}

/** The document of a file that holds one (a table's rows and split texts hold several: `readDocuments`). */
export function readDocument(root: string, file: string, entry: DocumentEntry | undefined, options?: ReadOptions): { document?: Document; warnings: CorpusWarning[] } {
  const { documents, warnings } = readDocuments(root, file, entry, options);
  const [document] = documents;
  return { document, warnings };
}

/** Warnings about how the bytes were read: a guessed encoding the guesser was unsure of. */
function sourceWarnings(file: string, source: SourceText): CorpusWarning[] {
  if (source.encodingSource !== "detected" || (source.confidence ?? 100) >= LOW_CONFIDENCE) return [];
  return [{ file, kind: "encoding", message: `encoding guessed as ${source.encoding} (confidence ${source.confidence}%); if the text reads wrong, give --encoding NAME or "encoding" in its corpus.json entry` }];
}

/** Fields read from the file's name by the name pattern; a name that does not match is a warning. */
function nameFields(file: string, pattern: NamePattern | undefined, warnings: CorpusWarning[]): Record<string, MetaValue> {
  if (!pattern) return {};
  const got = fieldsFromName(file, pattern);
  if (got.ok) return got.fields;
  warnings.push({ file, kind: "name", message: got.reason });
  return {};
}

/** Which source gave each of title, author and date. */
function metadataOrigins(format: SourceFormat, from: Record<"manifest" | "file" | "name" | "text" | "properties", Record<string, unknown>>): Document["metaSource"] {
  const own: MetaOrigin = format === "html" ? "page" : format === "txt" || format === "md" ? "front matter" : "row";
  const origins: Document["metaSource"] = {};
  for (const k of ["title", "author", "date"] as const) {
    const origin: MetaOrigin | undefined =
      k in from.manifest ? "manifest" : k in from.file ? own : k in from.name ? "file name" : k in from.text ? "text" : k in from.properties ? "properties" : undefined;
    if (origin) origins[k] = origin;
  }
  return origins;
}

/** A warning naming the title, author or date no source states (a year from the file name stands for the date). */
function missingWarnings(file: string, format: SourceFormat, meta: Record<string, MetaValue>): CorpusWarning[] {
  const absent = (k: string) => meta[k] === undefined || meta[k] === null || meta[k] === "";
  const missing = (["title", "author", "date"] as const).filter((k) => absent(k) && !(k === "date" && !absent("year")));
  if (!missing.length) return [];
  const where = format === "html" ? "the page's <meta> tags" : format === "md" ? "front matter" : "a front matter block or corpus.json";
  return [{ file, kind: "missing", message: `no ${missing.join(", ")} found; add ${missing.length > 1 ? "them" : "it"} to ${where} (or discourse add --${missing[0]})` }];
}

function makeDocument(d: {
  id: string; file: string; part?: string; meta: Record<string, MetaValue>;
  metaSource: Document["metaSource"]; source: SourceText; rules: CleanRules;
}): Document {
  const { id, file, meta, source } = d;
  const title = typeof meta.title === "string" && meta.title ? meta.title : d.part === undefined ? file : `${file}#${d.part}`;
  const author = typeof meta.author === "string" && meta.author ? meta.author : null;
  const date = typeof meta.date === "string" && meta.date ? meta.date : null;
  // A table's cell is the article as the researcher keeps it: no header lines to look for.
  const rules = isTable(source.format) ? withoutHeader(d.rules) : d.rules;
  const { text, removed } = cleanText(source.body, { title, author: author ?? undefined }, rules);
  // The date's year; without a date, a year the file name states.
  const year = date ? Number(date.slice(0, 4)) : typeof meta.year === "number" ? meta.year : null;
  const fullMeta = { id, file, ...meta, title, author, date, year };
  return {
    id, file, ...(d.part === undefined ? {} : { part: d.part }), title, author, date, year,
    meta: fullMeta,
    metaSource: d.metaSource,
    format: source.format,
    encoding: source.encoding,
    encodingSource: source.encodingSource,
    raw: source.body,
    text,
    removed,
    // Hashed when first asked for: a count that keeps every copy never needs it.
    get contentHash() {
      return contentHashOf(this);
    },
  };
}

const headerless = new WeakMap<CleanRules, CleanRules>();

/** `rules` without the header rule, made once per set of rules (cleaning compiles each set once). */
function withoutHeader(rules: CleanRules): CleanRules {
  let out = headerless.get(rules);
  if (!out) headerless.set(rules, (out = { ...rules, header: false }));
  return out;
}

/** Where a document is: its file, and for one of several in a file, its row or part ("a.csv#3"). */
export function documentPlace(doc: Pick<Document, "file" | "part">): string {
  return doc.part === undefined ? doc.file : `${doc.file}#${doc.part}`;
}

/** Content hashes already computed, by document. */
const contentHashes = new WeakMap<object, string>();

/**
 * A document's content hash, computed once. The getter must reach the text through the document,
 * never through a closure over it: V8 places an object literal's accessor pair straight in the old
 * generation, so a closure holding the text would keep every text alive until a full collection.
 */
function contentHashOf(doc: { text: string }): string {
  let hash = contentHashes.get(doc);
  if (hash === undefined) contentHashes.set(doc, (hash = textHash(doc.text)));
  return hash;
}

/**
 * What finds copies of a text: the SHA-256 of its words separated by single spaces. Cleaned text
 * already is that, but for its line breaks: `normalizeText` makes every run of whitespace within a
 * line one space and `cleanText` trims each line, so only newlines are left to replace.
 */
function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\n+/g, " ")).digest("hex");
}

function uniqueId(base: string, taken: Map<string, string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
